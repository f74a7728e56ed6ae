/**
 * Word lists for generated units. Names are combinations (no real business is meant); persons
 * in roles are invented from common first and last names.
 */
import { SN2007_DETAIL } from "../klass/sn2007Codes";
import { SN2007_DETAIL_MORE } from "../klass/sn2007MoreCodes";

/** First words of company names. */
export const NAME_HEADS = [
  "NORDLYS",
  "FJORD",
  "BJØRK",
  "FJELLTOPP",
  "HAVBRIS",
  "SOLSIKKE",
  "STORMKAST",
  "LINDE",
  "GRANLI",
  "VESTVIND",
  "ØSTLANDS",
  "MIDTBYEN",
  "KYSTLYS",
  "ELVEBREDD",
  "SKOGLY",
  "BRYGGEN",
  "TINDEN",
  "HØYDEN",
  "DALSTROKA",
  "VIKA",
  "LYNGHEIM",
  "BERGLY",
  "MYRA",
  "SJØGLIMT",
  "POLARIS",
  "NORRØNA",
  "TUNET",
  "STABBUR",
  "FOSSEN",
  "LØVETANN",
  "BLÅBÆR",
  "MOLTE",
  "REINROSE",
  "SKJÆRGÅRD",
  "FYRLYKT",
  "ROSENDAL",
  "HØGTUN",
  "KVERNHUS",
  "VARDEN",
  "ODDEN",
];

/** Trade words of company names. */
export const NAME_TRADES = [
  "BYGG",
  "ELEKTRO",
  "RØR",
  "REGNSKAP",
  "EIENDOM",
  "TRANSPORT",
  "HOLDING",
  "INVEST",
  "DATA",
  "KONSULT",
  "MASKIN",
  "MALING",
  "SNEKKERI",
  "TANNHELSE",
  "FRISØR",
  "BAKERI",
  "FISK",
  "HAVBRUK",
  "SKOG",
  "GARDSDRIFT",
  "KRAFT",
  "ENERGI",
  "DESIGN",
  "MEDIA",
  "REISE",
  "HELSE",
  "BARNEHAGE",
  "MUSIKK",
  "IDRETTSLAG",
  "VELFORENING",
];

/** Invented role holders: first names. */
export const FIRST_NAMES = [
  "Kari",
  "Ola",
  "Ingrid",
  "Lars",
  "Marit",
  "Per",
  "Silje",
  "Knut",
  "Anne",
  "Jon",
  "Hilde",
  "Erik",
  "Ragnhild",
  "Tor",
  "Solveig",
  "Arne",
  "Liv",
  "Geir",
  "Berit",
  "Nils",
  "Astrid",
  "Sverre",
  "Ida",
  "Magnus",
  "Nora",
  "Henrik",
  "Thea",
  "Sindre",
];

/** Invented role holders: last names. */
export const LAST_NAMES = [
  "Nordmann",
  "Bakken",
  "Haugen",
  "Lien",
  "Dahl",
  "Berg",
  "Strand",
  "Moen",
  "Lund",
  "Solberg",
  "Eide",
  "Vik",
  "Aas",
  "Brekke",
  "Myhre",
  "Tveit",
  "Sæther",
  "Fjeld",
  "Rønning",
  "Holm",
  "Sletten",
  "Lunde",
  "Nygård",
  "Aune",
];

/** Street names for addresses. */
export const STREETS = [
  "Storgata",
  "Kirkegata",
  "Skolevegen",
  "Industrivegen",
  "Fjordgata",
  "Sjøgata",
  "Parkveien",
  "Bjørkelia",
  "Stasjonsvegen",
  "Havnegata",
  "Kongens gate",
  "Dronningens gate",
  "Nedre Vollgate",
  "Tollbugata",
  "Elvegata",
];

/** Næringskoder outside sections A, B and D that units commonly carry (code, description). */
const EXTRA_NACE = `
45.201|Alminnelig bilverksted
47.111|Butikkhandel med bredt vareutvalg med hovedvekt på nærings- og nytelsesmidler
49.410|Godstransport på vei
55.101|Drift av hoteller, pensjonater og moteller med restaurant
56.101|Drift av restauranter og kafeer
62.010|Programmeringstjenester
62.020|Konsulentvirksomhet tilknyttet informasjonsteknologi
64.190|Bankvirksomhet ellers
66.120|Verdipapirmegling
68.100|Kjøp og salg av egen fast eiendom
68.209|Utleie av egen eller leid fast eiendom ellers
69.201|Regnskap og bokføring
70.220|Bedriftsrådgivning og annen administrativ rådgivning
71.121|Byggeteknisk konsulentvirksomhet
74.100|Spesialisert designvirksomhet
81.210|Vanlig rengjøring av bygninger
85.201|Ordinær grunnskoleundervisning
86.211|Allmenn legetjeneste
88.911|Barnehager
90.012|Selvstendig kunstnerisk virksomhet innen musikk
93.120|Idrettslag og -klubber
94.991|Aktiviteter i andre interesseorganisasjoner ikke nevnt annet sted
96.021|Frisering og annen skjønnhetspleie
`;

/** Subclasses (five-digit codes) with their Brreg description. */
export const NAERINGSKODER: ReadonlyArray<{ kode: string; beskrivelse: string }> = [
  ...`${SN2007_DETAIL.trim()}\n${SN2007_DETAIL_MORE.trim()}`
    .split("\n")
    .map((l) => l.split("|"))
    .filter(([code]) => /^\d\d\.\d{3}$/.test(code ?? "")),
  ...EXTRA_NACE.trim()
    .split("\n")
    .map((l) => l.split("|")),
].map(([kode = "", beskrivelse = ""]) => ({ kode, beskrivelse }));
