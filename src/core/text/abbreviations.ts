/**
 * Dutch abbreviations (lowercase, without the final period), in two classes (guide/dutch-text.md §3):
 * NEVER_ENDS never ends a sentence; MAY_END ends one only when a capitalised word follows.
 * Kept as data so users' texts with new abbreviations can be covered by extending the lists.
 */
export const NEVER_ENDS = new Set((
  'bijv bv o.a d.w.z m.b.t i.p.v t.b.v t.a.v t.o.v i.c.m i.s.m o.b.v a.d.h.v n.a.v m.n art nr nrs ca mr mrs drs dr ir ' +
  'ing prof mw mevr dhr hr st blz pag par hfdst bijl vgl zgn resp jan feb febr mrt apr jun jul aug sep sept okt nov dec ' +
  'o.l.v m.i.v v.w.b w.o d.d c.q vs min max evt incl excl gem prov stb stcrt kamerstukken lid sub ad z.g.a.n e.v p ' +
  'ma di wo do vr za zo vnl ong t.z.t i.o.m m.u.v i.h.k.v i.v.m t.g.v o.g.v m.ingang jo jl.n bijz alg afd ds ds.'
).split(/\s+/));

export const MAY_END = new Set('enz etc e.d e.a e.e.a jl z.s.m p.m mln mld mrd nl e.v.a a.s dergelijke'.split(/\s+/));

/** Words that usually start a sentence: after an initial such as "B." they signal a real boundary. */
export const SENTENCE_STARTERS = new Set((
  'de het een dit deze dat die er in op wij we zij ze hij het als om voor na bij met door zie daarom daarnaast ook ' +
  'verder tot daarbij hierbij zo dan maar en of want toch wel niet geen alle elke iedere ons onze u uw'
).split(/\s+/));
