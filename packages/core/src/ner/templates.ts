// Feature template ids (hashed together with feature values). Changing any invalidates trained models.
export const FEATURE_VERSION = 2;
export const T = Object.freeze({
  Bias: 1, W: 2, L: 3, Lm1: 4, Lp1: 5, Lm2: 6, Lp2: 7, Shape: 8, SS: 9, SSm1: 10, SSp1: 11, SS3: 12, Pre: 13,
  Suf: 14, C0: 15, Cm1: 16, Cp1: 17, Gaz: 18, GazM1: 19, GazP1: 20, LL: 21, LR: 22, First: 23, Caps: 24,
  Len1: 25, Wm1: 26, Wp1: 27, Last: 28, NoClus: 29, SSm2: 30, SSp2: 31, Casing: 32, FirstCasing: 33, Row: 34,
});
/** Tag-conjoined and document templates (used in decode.ts); same rule: changing one invalidates models. */
export const D = Object.freeze({ Prev: 201, Prev2: 202, PrevL: 203, PrevS: 204, Maj: 205, MajM1: 206, MajP1: 207, P1: 208, P1Ctx: 209, MajL: 210, Cue: 211, CueMask: 212 });
