/**
 * The 2024 county reform as it hit KLASS 131: Viken (30xx), Vestfold og Telemark (38xx) and
 * Troms og Finnmark (54xx) were split and their municipalities renumbered; 1507 Ålesund was
 * split into 1508 Ålesund and 1580 Haram. Pairs are "old:new", grouped by new county.
 */
const PAIRS = [
  // Østfold (31)
  "3001:3101 3002:3103 3003:3105 3004:3107 3011:3110 3017:3112 3018:3114 3015:3116 3014:3118 3016:3120 3013:3122 3012:3124",
  // Akershus (32)
  "3024:3201 3025:3203 3030:3205 3020:3207 3033:3209 3023:3212 3022:3214 3019:3216 3021:3218 3028:3220 3029:3222",
  "3027:3224 3026:3226 3034:3228 3032:3230 3031:3232 3054:3234 3053:3236 3036:3238 3035:3240 3037:3242",
  // Buskerud (33)
  "3005:3301 3006:3303 3007:3305 3038:3310 3049:3312 3048:3314 3047:3316 3046:3318 3039:3320 3040:3322 3041:3324",
  "3042:3326 3043:3328 3044:3330 3045:3332 3050:3334 3051:3336 3052:3338",
  // Vestfold (39) and Telemark (40)
  "3801:3901 3802:3903 3803:3905 3804:3907 3805:3909 3811:3911",
  "3806:4001 3807:4003 3808:4005 3812:4010 3813:4012 3814:4014 3815:4016 3816:4018 3817:4020 3820:4022 3819:4024",
  "3818:4026 3821:4028 3822:4030 3823:4032 3824:4034 3825:4036",
  // Troms (55) and Finnmark (56)
  "5401:5501 5402:5503 5411:5510 5412:5512 5413:5514 5414:5516 5415:5518 5416:5520 5417:5522 5418:5524 5419:5526",
  "5420:5528 5421:5530 5422:5532 5423:5534 5424:5536 5425:5538 5426:5540 5427:5542 5428:5544 5429:5546",
  "5403:5601 5406:5603 5444:5605 5405:5607 5437:5610 5430:5612 5432:5614 5433:5616 5434:5618 5435:5620 5436:5622",
  "5438:5624 5439:5626 5441:5628 5440:5630 5443:5632 5404:5634 5442:5636",
  // Ålesund and Haram
  "1507:1508 1507:1580",
];

/** [oldCode, newCode] pairs of the 2024 renumbering (1507 appears twice: the split). */
export const REFORM_2024: ReadonlyArray<readonly [string, string]> = PAIRS.join(" ")
  .split(/\s+/)
  .map((p) => p.split(":") as [string, string]);

/** Names that changed with the new number (others keep their 2020 name). */
export const RENAMED_2024: Readonly<Record<string, string>> = {
  "3114": "Våler (Østfold)",
  "1508": "Ålesund",
  "1580": "Haram",
};

/** The 2026 rename of Oslo (bilingual name with South Sami). */
export const RENAMED_2026: Readonly<Record<string, string>> = { "0301": "Oslo - Oslove" };
