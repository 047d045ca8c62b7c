/** Interface strings, one place, in plain polite Chinese. */

/**
 * A notice page's status banner, as the page is built. Its own export, as is
 * `statusWords`: code that needs only these does not carry the rest of this file.
 */
export const statusBanner = {
  superseded: '本通告已被新的通告替代，请以现行有效的通告为准。',
  toBeSuperseded: '本通告将被以下通告替代：',
  expired: '本通告已于以下日期失效，内容仅供查阅：',
  withdrawn: '本通告已撤销，内容仅供查阅。',
  upcoming: '本通告尚未生效，生效日期：',
  chainLapsed: (label: string) => `此后的通告也${label}，目前没有现行有效的替代通告。`,
  chainSteps: '中间经过：',
  /** A notice replaced by several: the ones its chain does not follow. */
  alsoReplacedBy: '同时替代本通告的还有：',
};

/**
 * Words the banner shares with the page's status script
 * (src/lifecycle/browser/notice-status-update.ts), which must stay well under
 * 1 KB gzipped, and with feeds and search results.
 */
export const statusWords = {
  withdrawnReason: '撤销原因：',
  /** Before the link to the notice at the end of a replaced notice's chain, when that one is in force… */
  chainInForce: '现行有效的是：',
  /** …or when it has lapsed too (then its status follows, and on the built page `statusBanner.chainLapsed`). */
  chainLatest: '替代它的最新通告是：',
  /** After the status the script shows when it changed since the page was made: `已失效（自2026年11月25日起）`. */
  since: (date: string) => `（自${date}起）`,
  /**
   * That the status changed since the page was made, and as of when the status file the script read
   * says so (none: the page's own dates told). The page carries no build time: it stays the same file
   * from one publish to the next while nothing on it changes (src/page-reuse/).
   */
  updated: (from?: string) => (from ? `此页保存后状态有变化，已按${from}发布的信息更新。` : '此页保存后状态有变化，已按本页所载日期更新。'),
};

/** What the service worker says on a page it serves from the phone's storage (src/offline/browser/). */
export const offlineWords = {
  savedCopy: '网络不通，这是手机上保存的副本，内容可能已过时。',
  /** `保存于 2026年11月22日 12:05（北京时间）。` */
  savedAt: (when: string) => `保存于 ${when}（北京时间）。`,
};

export const ui = {
  nav: {
    home: '首页',
    notices: '通告',
    hotlines: '热线电话',
    clinics: '发热门诊',
    articles: '新闻',
    rhymes: '顺口溜',
    regions: '各街镇',
    search: '搜索',
  },
  skipToContent: '跳到正文',
  readAloud: { start: '朗读', stop: '停止朗读', largeType: '大字' },
  sampleData: '本站内容均为虚构的示例数据，用于演示，不是真实通告；页面上的电话号码无法拨通。',
  /** After the issuer on a printed poster. */
  sampleDataShort: '（示例数据，非真实通告）',
  urgentHeading: '紧急通告（正在执行）',
  latestNotices: '最新通告',
  allNotices: '全部通告',
  hotlineStrip: '常用热线',
  allHotlines: '全部热线电话',
  noticeFacts: {
    docNumber: '文号',
    seriesNo: '编号',
    authority: '发布机关',
    issued: '发布日期',
    effective: '生效日期',
    expires: '失效日期',
    status: '当前状态',
    region: '适用地区',
    withdrawn: '撤销日期',
  },
  statusBanner,
  replaces: '本通告替代了：',
  changesHeading: '更新记录',
  attachmentsHeading: '附件',
  seriesLabel: (n: number) => `第${n}号`,
  feeds: '订阅（RSS）',
  searchPlaceholder: '输入关键词，例如 发热门诊',
  notFoundTitle: '没有找到这个页面',
  updated: '更新于',
  verified: '核实于',
  noJs: '',
} as const;
