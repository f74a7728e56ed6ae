/** SN2007 sections F, T and U in full down to the subclasses ("code|nb|en"); see sn2007Codes.ts. */
export const SN2007_DETAIL_MORE = `
41|Oppføring av bygninger|Construction of buildings
41.1|Utvikling av byggeprosjekter|Development of building projects
41.10|Utvikling av byggeprosjekter|Development of building projects
41.101|Boligbyggelag|Housing cooperatives
41.109|Utvikling og salg av egen fast eiendom ellers|Other development of building projects
41.2|Oppføring av bygninger|Construction of residential and non-residential buildings
41.20|Oppføring av bygninger|Construction of residential and non-residential buildings
41.200|Oppføring av bygninger|Construction of residential and non-residential buildings
42|Anleggsvirksomhet|Civil engineering
42.1|Bygging av veier og jernbaner|Construction of roads and railways
42.11|Bygging av veier og motorveier|Construction of roads and motorways
42.110|Bygging av veier og motorveier|Construction of roads and motorways
42.12|Bygging av jernbaner og undergrunnsbaner|Construction of railways and underground railways
42.120|Bygging av jernbaner og undergrunnsbaner|Construction of railways and underground railways
42.13|Bygging av bruer og tunneler|Construction of bridges and tunnels
42.130|Bygging av bruer og tunneler|Construction of bridges and tunnels
42.2|Bygging av vann- og kloakkanlegg, og anlegg for elektrisitet og telekommunikasjon|Construction of utility projects
42.21|Bygging av vann- og kloakkanlegg|Construction of utility projects for fluids
42.210|Bygging av vann- og kloakkanlegg|Construction of utility projects for fluids
42.22|Bygging av anlegg for elektrisitet og telekommunikasjon|Construction of utility projects for electricity and telecommunications
42.220|Bygging av anlegg for elektrisitet og telekommunikasjon|Construction of utility projects for electricity and telecommunications
42.9|Bygging av andre anlegg|Construction of other civil engineering projects
42.91|Bygging av havne- og damanlegg|Construction of water projects
42.910|Bygging av havne- og damanlegg|Construction of water projects
42.99|Bygging av andre anlegg ikke nevnt annet sted|Construction of other civil engineering projects n.e.c.
42.990|Bygging av andre anlegg ikke nevnt annet sted|Construction of other civil engineering projects n.e.c.
43|Spesialisert bygge- og anleggsvirksomhet|Specialised construction activities
43.1|Riving og grunnarbeid|Demolition and site preparation
43.11|Riving av bygninger og andre konstruksjoner|Demolition
43.110|Riving av bygninger og andre konstruksjoner|Demolition
43.12|Grunnarbeid|Site preparation
43.120|Grunnarbeid|Site preparation
43.13|Prøveboring|Test drilling and boring
43.130|Prøveboring|Test drilling and boring
43.2|Elektrisk installasjonsarbeid, VVS-arbeid og annet installasjonsarbeid|Electrical, plumbing and other construction installation activities
43.21|Elektrisk installasjonsarbeid|Electrical installation
43.210|Elektrisk installasjonsarbeid|Electrical installation
43.22|VVS-arbeid|Plumbing, heat and air-conditioning installation
43.220|VVS-arbeid|Plumbing, heat and air-conditioning installation
43.29|Annet installasjonsarbeid|Other construction installation
43.291|Installasjon av heiser og rulletrapper|Installation of lifts and escalators
43.292|Isolasjonsarbeid|Insulation work activities
43.299|Annet installasjonsarbeid ikke nevnt annet sted|Other construction installation n.e.c.
43.3|Ferdiggjøring av bygninger|Building completion and finishing
43.31|Stukkatørarbeid og pussing|Plastering
43.310|Stukkatørarbeid og pussing|Plastering
43.32|Snekkerarbeid|Joinery installation
43.320|Snekkerarbeid|Joinery installation
43.33|Gulvlegging og tapetsering|Floor and wall covering
43.330|Gulvlegging og tapetsering|Floor and wall covering
43.34|Maler- og glassarbeid|Painting and glazing
43.341|Malerarbeid|Painting
43.342|Glassarbeid|Glazing
43.39|Annen ferdiggjøring av bygninger|Other building completion and finishing
43.390|Annen ferdiggjøring av bygninger|Other building completion and finishing
43.9|Annen spesialisert bygge- og anleggsvirksomhet|Other specialised construction activities
43.91|Takarbeid|Roofing activities
43.910|Takarbeid|Roofing activities
43.99|Spesialisert bygge- og anleggsvirksomhet ikke nevnt annet sted|Other specialised construction activities n.e.c.
43.991|Utleie av kraner og annet byggeutstyr med fører|Renting of cranes and other construction equipment with operator
43.999|Annen spesialisert bygge- og anleggsvirksomhet ikke nevnt annet sted|Other specialised construction activities n.e.c.
97|Lønnet arbeid i private husholdninger|Activities of households as employers of domestic personnel
97.0|Lønnet arbeid i private husholdninger|Activities of households as employers of domestic personnel
97.00|Lønnet arbeid i private husholdninger|Activities of households as employers of domestic personnel
97.000|Lønnet arbeid i private husholdninger|Activities of households as employers of domestic personnel
98|Udifferensiert vareproduksjon og tjenesteyting i private husholdninger til eget bruk|Undifferentiated goods- and services-producing activities of private households for own use
98.1|Udifferensiert vareproduksjon i private husholdninger til eget bruk|Undifferentiated goods-producing activities of private households for own use
98.10|Udifferensiert vareproduksjon i private husholdninger til eget bruk|Undifferentiated goods-producing activities of private households for own use
98.100|Udifferensiert vareproduksjon i private husholdninger til eget bruk|Undifferentiated goods-producing activities of private households for own use
98.2|Udifferensiert tjenesteyting i private husholdninger til eget bruk|Undifferentiated service-producing activities of private households for own use
98.20|Udifferensiert tjenesteyting i private husholdninger til eget bruk|Undifferentiated service-producing activities of private households for own use
98.200|Udifferensiert tjenesteyting i private husholdninger til eget bruk|Undifferentiated service-producing activities of private households for own use
99|Internasjonale organisasjoner og organer|Activities of extraterritorial organisations and bodies
99.0|Internasjonale organisasjoner og organer|Activities of extraterritorial organisations and bodies
99.00|Internasjonale organisasjoner og organer|Activities of extraterritorial organisations and bodies
99.000|Internasjonale organisasjoner og organer|Activities of extraterritorial organisations and bodies
`;
