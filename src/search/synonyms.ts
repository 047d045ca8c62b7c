/**
 * Words residents type for the same thing. A page that uses any word of a
 * group is indexed with the group's FIRST word too (src/search/search-text.ts),
 * and the search page reads any word of a group in a query as that first word
 * (src/search/synonym-query.ts): one hidden word per group and page, not the
 * whole group, which kept common words' index entries — and the first search —
 * smaller. Keep groups small and exact, the usual word first; every group has a
 * test (tests/unit/synonym-query.test.ts).
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ['发热', '发烧', '高烧', '体温高'],
  ['核酸检测', '核检', '做核酸', '测核酸', '核酸', '采样', '核酸采样', '采样点', '检测点'],
  ['接种', '打疫苗', '打针', '疫苗接种'],
  ['隔离', '留观', '集中观察'],
  ['急救', '120', '救护车'],
  ['报警', '110'],
  ['口罩', '戴口罩'],
  ['发热门诊', '发烧门诊', '看发烧'],
  ['热线', '电话', '咨询电话'],
  ['心理援助', '心理咨询', '心理疏导'],
  ['居家健康观察', '居家观察', '在家观察'],
  ['物资', '买菜', '生活物资', '保供'],
  ['投诉', '举报'],
  ['出行', '交通', '坐车', '公交'],
  ['老年人', '老人', '长者'],
  ['停业', '暂停营业', '关门'],
];
