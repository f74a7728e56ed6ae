/**
 * SN2007 (KLASS 6) codes below the sections ("code|nb|en"): sections A, B and D in full down to
 * the five-digit subclasses (F, T and U are in sn2007MoreCodes.ts). Section names come from the
 * recorded level-1 answers.
 */
export const SN2007_DETAIL = `
01|Jordbruk og tjenester tilknyttet jordbruk, jakt og viltstell|Crop and animal production, hunting and related service activities
01.1|Dyrking av ettårige vekster|Growing of non-perennial crops
01.11|Dyrking av korn (unntatt ris), belgvekster og oljeholdige vekster|Growing of cereals (except rice), leguminous crops and oil seeds
01.110|Dyrking av korn (unntatt ris), belgvekster og oljeholdige vekster|Growing of cereals (except rice), leguminous crops and oil seeds
01.12|Dyrking av ris|Growing of rice
01.120|Dyrking av ris|Growing of rice
01.13|Dyrking av grønnsaker, meloner, rot- og knollvekster|Growing of vegetables and melons, roots and tubers
01.130|Dyrking av grønnsaker, meloner, rot- og knollvekster|Growing of vegetables and melons, roots and tubers
01.14|Dyrking av sukkerrør|Growing of sugar cane
01.140|Dyrking av sukkerrør|Growing of sugar cane
01.15|Dyrking av tobakk|Growing of tobacco
01.150|Dyrking av tobakk|Growing of tobacco
01.16|Dyrking av fibervekster|Growing of fibre crops
01.160|Dyrking av fibervekster|Growing of fibre crops
01.19|Dyrking av ettårige vekster ellers|Growing of other non-perennial crops
01.190|Dyrking av ettårige vekster ellers|Growing of other non-perennial crops
01.2|Dyrking av flerårige vekster|Growing of perennial crops
01.21|Dyrking av druer|Growing of grapes
01.210|Dyrking av druer|Growing of grapes
01.22|Dyrking av tropiske og subtropiske frukter|Growing of tropical and subtropical fruits
01.220|Dyrking av tropiske og subtropiske frukter|Growing of tropical and subtropical fruits
01.23|Dyrking av sitrusfrukter|Growing of citrus fruits
01.230|Dyrking av sitrusfrukter|Growing of citrus fruits
01.24|Dyrking av kjernefrukter og steinfrukter|Growing of pome fruits and stone fruits
01.240|Dyrking av kjernefrukter og steinfrukter|Growing of pome fruits and stone fruits
01.25|Dyrking av annen frukt som vokser på trær eller busker samt nøtter|Growing of other tree and bush fruits and nuts
01.250|Dyrking av annen frukt som vokser på trær eller busker samt nøtter|Growing of other tree and bush fruits and nuts
01.26|Dyrking av oljeholdige frukter|Growing of oleaginous fruits
01.260|Dyrking av oljeholdige frukter|Growing of oleaginous fruits
01.27|Dyrking av vekster for produksjon av drikkevarer|Growing of beverage crops
01.270|Dyrking av vekster for produksjon av drikkevarer|Growing of beverage crops
01.28|Dyrking av krydder og aromatiske, medisinske og farmasøytiske vekster|Growing of spices, aromatic, drug and pharmaceutical crops
01.280|Dyrking av krydder og aromatiske, medisinske og farmasøytiske vekster|Growing of spices, aromatic, drug and pharmaceutical crops
01.29|Dyrking av andre flerårige vekster|Growing of other perennial crops
01.290|Dyrking av andre flerårige vekster|Growing of other perennial crops
01.3|Planteformering|Plant propagation
01.30|Planteformering|Plant propagation
01.300|Planteformering|Plant propagation
01.4|Husdyrhold|Animal production
01.41|Melkeproduksjon på storfe|Raising of dairy cattle
01.410|Melkeproduksjon på storfe|Raising of dairy cattle
01.42|Oppdrett av annet storfe|Raising of other cattle and buffaloes
01.420|Oppdrett av annet storfe|Raising of other cattle and buffaloes
01.43|Oppdrett av hester og andre dyr av hestefamilien|Raising of horses and other equines
01.430|Oppdrett av hester og andre dyr av hestefamilien|Raising of horses and other equines
01.44|Oppdrett av kameler og andre kameldyr|Raising of camels and camelids
01.440|Oppdrett av kameler og andre kameldyr|Raising of camels and camelids
01.45|Saue- og geitehold|Raising of sheep and goats
01.450|Saue- og geitehold|Raising of sheep and goats
01.46|Svinehold|Raising of swine/pigs
01.460|Svinehold|Raising of swine/pigs
01.47|Fjørfehold|Raising of poultry
01.470|Fjørfehold|Raising of poultry
01.49|Husdyrhold ellers|Raising of other animals
01.490|Husdyrhold ellers|Raising of other animals
01.5|Kombinert husdyrhold og planteproduksjon|Mixed farming
01.50|Kombinert husdyrhold og planteproduksjon|Mixed farming
01.500|Kombinert husdyrhold og planteproduksjon|Mixed farming
01.6|Tjenester tilknyttet jordbruk og etterbehandling av vekster etter innhøsting|Support activities to agriculture and post-harvest crop activities
01.61|Tjenester tilknyttet planteproduksjon|Support activities for crop production
01.610|Tjenester tilknyttet planteproduksjon|Support activities for crop production
01.62|Tjenester tilknyttet husdyrhold|Support activities for animal production
01.620|Tjenester tilknyttet husdyrhold|Support activities for animal production
01.63|Etterbehandling av vekster etter innhøsting|Post-harvest crop activities
01.630|Etterbehandling av vekster etter innhøsting|Post-harvest crop activities
01.64|Behandling av såfrø|Seed processing for propagation
01.640|Behandling av såfrø|Seed processing for propagation
01.7|Jakt, viltstell og tjenester tilknyttet jakt og viltstell|Hunting, trapping and related service activities
01.70|Jakt, viltstell og tjenester tilknyttet jakt og viltstell|Hunting, trapping and related service activities
01.700|Jakt, viltstell og tjenester tilknyttet jakt og viltstell|Hunting, trapping and related service activities
02|Skogbruk og tjenester tilknyttet skogbruk|Forestry and logging
02.1|Skogskjøtsel og andre skogbruksaktiviteter|Silviculture and other forestry activities
02.10|Skogskjøtsel og andre skogbruksaktiviteter|Silviculture and other forestry activities
02.101|Skogskjøtsel|Silviculture
02.102|Drift av skogplanteskoler|Operation of forest tree nurseries
02.2|Avvirkning|Logging
02.20|Avvirkning|Logging
02.200|Avvirkning|Logging
02.3|Innsamling av viltvoksende produkter av annet enn tre|Gathering of wild growing non-wood products
02.30|Innsamling av viltvoksende produkter av annet enn tre|Gathering of wild growing non-wood products
02.300|Innsamling av viltvoksende produkter av annet enn tre|Gathering of wild growing non-wood products
02.4|Tjenester tilknyttet skogbruk|Support services to forestry
02.40|Tjenester tilknyttet skogbruk|Support services to forestry
02.400|Tjenester tilknyttet skogbruk|Support services to forestry
03|Fiske, fangst og akvakultur|Fishing and aquaculture
03.1|Fiske og fangst|Fishing
03.11|Hav- og kystfiske og fangst|Marine fishing
03.111|Hav- og kystfiske|Marine fishing
03.112|Fangst av sjøpattedyr|Hunting of marine mammals
03.12|Ferskvannsfiske|Freshwater fishing
03.120|Ferskvannsfiske|Freshwater fishing
03.2|Akvakultur|Aquaculture
03.21|Hav- og kystbasert akvakultur|Marine aquaculture
03.211|Produksjon av matfisk og skalldyr i hav- og kystbasert akvakultur|Marine aquaculture, production of fish and shellfish for consumption
03.212|Produksjon av yngel og settefisk i hav- og kystbasert akvakultur|Marine aquaculture, production of fry and smolt
03.213|Tjenester tilknyttet hav- og kystbasert akvakultur|Service activities incidental to marine aquaculture
03.22|Ferskvannsbasert akvakultur|Freshwater aquaculture
03.221|Produksjon av matfisk og skalldyr i ferskvannsbasert akvakultur|Freshwater aquaculture, production of fish and shellfish for consumption
03.222|Produksjon av yngel og settefisk i ferskvannsbasert akvakultur|Freshwater aquaculture, production of fry and smolt
03.223|Tjenester tilknyttet ferskvannsbasert akvakultur|Service activities incidental to freshwater aquaculture
05|Bryting av steinkull og brunkull|Mining of coal and lignite
05.1|Bryting av steinkull|Mining of hard coal
05.10|Bryting av steinkull|Mining of hard coal
05.100|Bryting av steinkull|Mining of hard coal
05.2|Bryting av brunkull|Mining of lignite
05.20|Bryting av brunkull|Mining of lignite
05.200|Bryting av brunkull|Mining of lignite
06|Utvinning av råolje og naturgass|Extraction of crude petroleum and natural gas
06.1|Utvinning av råolje|Extraction of crude petroleum
06.10|Utvinning av råolje|Extraction of crude petroleum
06.100|Utvinning av råolje|Extraction of crude petroleum
06.2|Utvinning av naturgass|Extraction of natural gas
06.20|Utvinning av naturgass|Extraction of natural gas
06.200|Utvinning av naturgass|Extraction of natural gas
07|Bryting av metallholdig malm|Mining of metal ores
07.1|Bryting av jernmalm|Mining of iron ores
07.10|Bryting av jernmalm|Mining of iron ores
07.100|Bryting av jernmalm|Mining of iron ores
07.2|Bryting av ikke-jernholdig malm|Mining of non-ferrous metal ores
07.21|Bryting av uran- og thoriummalm|Mining of uranium and thorium ores
07.210|Bryting av uran- og thoriummalm|Mining of uranium and thorium ores
07.29|Bryting av annen ikke-jernholdig malm|Mining of other non-ferrous metal ores
07.290|Bryting av annen ikke-jernholdig malm|Mining of other non-ferrous metal ores
08|Bryting og bergverksdrift ellers|Other mining and quarrying
08.1|Bryting av stein, sand og leire|Quarrying of stone, sand and clay
08.11|Bryting av stein til bygge- og anleggsvirksomhet, kalkstein, gips, kritt og skifer|Quarrying of ornamental and building stone, limestone, gypsum, chalk and slate
08.110|Bryting av stein til bygge- og anleggsvirksomhet, kalkstein, gips, kritt og skifer|Quarrying of ornamental and building stone, limestone, gypsum, chalk and slate
08.12|Drift av grus- og sandtak, og utvinning av leire og kaolin|Operation of gravel and sand pits; mining of clays and kaolin
08.120|Drift av grus- og sandtak, og utvinning av leire og kaolin|Operation of gravel and sand pits; mining of clays and kaolin
08.9|Bryting og bergverksdrift ikke nevnt annet sted|Mining and quarrying n.e.c.
08.91|Bryting av kjemiske og gjødningsholdige mineraler|Mining of chemical and fertiliser minerals
08.910|Bryting av kjemiske og gjødningsholdige mineraler|Mining of chemical and fertiliser minerals
08.92|Stikking av torv|Extraction of peat
08.920|Stikking av torv|Extraction of peat
08.93|Utvinning av salt|Extraction of salt
08.930|Utvinning av salt|Extraction of salt
08.99|Annen bryting og utvinning ikke nevnt annet sted|Other mining and quarrying n.e.c.
08.990|Annen bryting og utvinning ikke nevnt annet sted|Other mining and quarrying n.e.c.
09|Tjenester tilknyttet bergverksdrift og utvinning|Mining support service activities
09.1|Tjenester tilknyttet utvinning av råolje og naturgass|Support activities for petroleum and natural gas extraction
09.10|Tjenester tilknyttet utvinning av råolje og naturgass|Support activities for petroleum and natural gas extraction
09.101|Boretjenester tilknyttet utvinning av råolje og naturgass|Drilling services related to petroleum and natural gas extraction
09.109|Andre tjenester tilknyttet utvinning av råolje og naturgass|Other support activities for petroleum and natural gas extraction
09.9|Tjenester tilknyttet annen bergverksdrift|Support activities for other mining and quarrying
09.90|Tjenester tilknyttet annen bergverksdrift|Support activities for other mining and quarrying
09.900|Tjenester tilknyttet annen bergverksdrift|Support activities for other mining and quarrying
35|Elektrisitets-, gass-, damp- og varmtvannsforsyning|Electricity, gas, steam and air conditioning supply
35.1|Produksjon, overføring og distribusjon av elektrisitet|Electric power generation, transmission and distribution
35.11|Produksjon av elektrisitet|Production of electricity
35.111|Produksjon av elektrisitet fra vannkraft|Production of electricity from hydropower
35.112|Produksjon av elektrisitet fra vindkraft|Production of electricity from wind power
35.119|Produksjon av elektrisitet ellers|Other production of electricity
35.12|Overføring av elektrisitet|Transmission of electricity
35.120|Overføring av elektrisitet|Transmission of electricity
35.13|Distribusjon av elektrisitet|Distribution of electricity
35.130|Distribusjon av elektrisitet|Distribution of electricity
35.14|Handel med elektrisitet|Trade of electricity
35.140|Handel med elektrisitet|Trade of electricity
35.2|Produksjon av gass og distribusjon av gass gjennom ledningsnett|Manufacture of gas; distribution of gaseous fuels through mains
35.21|Produksjon av gass|Manufacture of gas
35.210|Produksjon av gass|Manufacture of gas
35.22|Distribusjon av gass gjennom ledningsnett|Distribution of gaseous fuels through mains
35.220|Distribusjon av gass gjennom ledningsnett|Distribution of gaseous fuels through mains
35.23|Handel med gass gjennom ledningsnett|Trade of gas through mains
35.230|Handel med gass gjennom ledningsnett|Trade of gas through mains
35.3|Damp- og varmtvannsforsyning|Steam and air conditioning supply
35.30|Damp- og varmtvannsforsyning|Steam and air conditioning supply
35.300|Damp- og varmtvannsforsyning|Steam and air conditioning supply
`;

/** First division of each section (A: 01–03, B: 05–09, …), to find a division's section. */
export const SECTION_STARTS: ReadonlyArray<readonly [string, number]> = [
  ["A", 1],
  ["B", 5],
  ["C", 10],
  ["D", 35],
  ["E", 36],
  ["F", 41],
  ["G", 45],
  ["H", 49],
  ["I", 55],
  ["J", 58],
  ["K", 64],
  ["L", 68],
  ["M", 69],
  ["N", 77],
  ["O", 84],
  ["P", 85],
  ["Q", 86],
  ["R", 90],
  ["S", 94],
  ["T", 97],
  ["U", 99],
];
