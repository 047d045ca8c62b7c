/**
 * Words and sentence templates the benchmark's synthetic content is made of.
 * Everything here is invented for the benchmark: place names are fictional
 * (syllables with their pinyin, so ids can be ASCII), and templates carry slots
 * such as {place} that the generator fills in. Nothing names a real body,
 * person or phone number.
 */

/** Syllables for fictional place names: [characters, pinyin]. */
export const PLACE_HEADS: ReadonlyArray<readonly [string, string]> = [
  ['青', 'qing'], ['白', 'bai'], ['松', 'song'], ['枫', 'feng'], ['桂', 'gui'], ['柳', 'liu'],
  ['石', 'shi'], ['云', 'yun'], ['梅', 'mei'], ['竹', 'zhu'], ['杏', 'xing'], ['荷', 'he'],
  ['兰', 'lan'], ['桐', 'tong'], ['槐', 'huai'], ['茶', 'cha'], ['金', 'jin'], ['银', 'yin'],
  ['丰', 'feng'], ['永', 'yong'], ['安', 'an'], ['平', 'ping'], ['新', 'xin'], ['长', 'chang'],
  ['东', 'dong'], ['西', 'xi'], ['南', 'nan'], ['北', 'bei'], ['龙', 'long'], ['凤', 'feng'],
  ['鹤', 'he'], ['鹿', 'lu'], ['月', 'yue'], ['星', 'xing'], ['泉', 'quan'], ['湖', 'hu'],
];
export const PLACE_TAILS: ReadonlyArray<readonly [string, string]> = [
  ['山', 'shan'], ['湾', 'wan'], ['塘', 'tang'], ['岭', 'ling'], ['坪', 'ping'], ['溪', 'xi'],
  ['桥', 'qiao'], ['冲', 'chong'], ['坳', 'ao'], ['洲', 'zhou'], ['田', 'tian'], ['港', 'gang'],
  ['林', 'lin'], ['源', 'yuan'], ['岗', 'gang'], ['浦', 'pu'], ['垅', 'long'], ['铺', 'pu'],
];

/** Kinds of second- and third-level regions: [suffix, id suffix]. */
export const TOWN_KINDS = [['街道', 'jiedao'], ['镇', 'zhen'], ['乡', 'xiang']] as const;
export const VILLAGE_KINDS = [['村', 'cun'], ['社区', 'shequ']] as const;

export const STREETS = ['人民路', '解放路', '建设路', '中山路', '滨江路', '新华路', '朝阳路', '学府路', '工业大道', '文化路', '迎宾路', '健康路', '和平街', '胜利街', '环城北路', '桂花巷'];

export const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾';
export const GIVEN = '国华建军秀英桂芳志强丽娟海燕玉兰德胜小满晓东春梅红霞明亮文杰思雨家豪子涵雪琴永福淑珍立新凤英雅琴振宇晓峰慧敏';

export const AUTHORITY_SUFFIXES = {
  hq: '疫情防控指挥部',
  health: '卫生健康局',
  cdc: '疾病预防控制中心',
  edu: '教育局',
  transport: '交通运输局',
  market: '市场监督管理局',
  civil: '民政局',
} as const;

export const DISEASES = ['呼吸道传染病', '流行性感冒', '新型冠状病毒感染', '诺如病毒感染性腹泻', '手足口病', '登革热', '水痘'];

export const FACILITIES = ['农贸市场', '大型超市', '客运站', '火车站', '养老机构', '中小学校', '幼儿园', '网吧', '电影院', '健身房', '图书馆', '体育馆', '宾馆酒店', '棋牌室', '理发店', '药店', '公交站台', '社区服务中心', '村卫生室', '便民服务点'];

export const GROUPS = ['60岁以上老人', '孕产妇', '婴幼儿', '慢性病患者', '中小学生', '外出返乡人员', '独居老人', '残疾人', '一线医务人员', '快递外卖骑手', '出租车司机', '环卫工人', '学校教职工', '养老机构工作人员'];

export const SYMPTOMS = ['发热', '咳嗽', '咽痛', '乏力', '肌肉酸痛', '腹泻', '呕吐', '嗅觉味觉减退', '胸闷气促', '皮疹'];

export const SERVICES = ['预检分诊', '血常规', '病原学检测', '核酸检测', '抗原检测', '胸部CT', '留观', '转运', '疫苗接种', '健康咨询', '开具药品', '心理疏导'];

export const TAGS = ['防控措施', '发热门诊', '核酸检测', '疫苗接种', '学校', '交通出行', '农贸市场', '老年人', '重点人群', '物资保障', '就医指引', '居家观察', '聚集活动', '口罩', '通风消毒', '错峰', '返乡', '志愿服务', '心理援助', '便民服务', '一线故事', '冷链食品', '健康监测', '春运', '开学'];

export const NOTICE_TOPICS: ReadonlyArray<readonly [string, string]> = [
  ['调整防控措施', 'fangkong-cuoshi'], ['暂停聚集性活动', 'zanting-juji'], ['开展全员健康监测', 'jiankang-jiance'],
  ['设置临时采样点', 'linshi-caiyangdian'], ['发热门诊开诊时间调整', 'fare-menzhen-shijian'], ['老年人疫苗接种', 'laonianren-jiezhong'],
  ['农贸市场错峰购物', 'shichang-cuofeng'], ['学校秋季开学防控', 'xuexiao-kaixue'], ['公共交通运营调整', 'gongjiao-tiaozheng'],
  ['养老机构封闭管理', 'yanglao-fengbi'], ['返乡人员健康服务', 'fanxiang-jiankang'], ['生活物资保障', 'wuzi-baozhang'],
  ['药品代购送药服务', 'daigou-songyao'], ['重点场所通风消毒', 'tongfeng-xiaodu'], ['冷链食品检测', 'lenglian-jiance'],
  ['群众就医绿色通道', 'jiuyi-lvse-tongdao'], ['志愿者招募', 'zhiyuanzhe-zhaomu'], ['疫情防控投诉举报', 'tousu-jubao'],
];

export const DOC_ABBREVIATIONS = ['防指', '卫健', '疾控', '教', '交运', '市监', '民'];

/** Opening paragraphs of notices: {place} {disease} {kind}. */
export const NOTICE_OPENINGS = [
  '近期{place}出现{disease}散发病例，疫情形势仍较严峻。为切实保障人民群众身体健康和生命安全，经研究决定，现将有关事项{kind}如下：',
  '根据上级疫情防控工作部署，结合{place}当前{disease}流行情况，为进一步做好疫情防控工作，现就有关事项{kind}如下：',
  '入冬以来，{place}{disease}就诊人数明显增加，部分医疗机构接诊压力较大。为减少聚集、方便群众，经指挥部研究，现{kind}如下：',
  '为落实“早发现、早报告、早隔离、早治疗”的要求，尽快阻断{disease}传播链条，经综合研判，{place}将采取以下措施，现{kind}如下：',
  '{place}各位居民朋友：近一周来，我区{disease}防控形势总体平稳，但局部仍有反复。为巩固防控成果，现就近期工作{kind}如下：',
];

/** One numbered measure of a notice: {place} {facility} {group} {symptom} {time} {date} {n} {phone}. */
export const NOTICE_MEASURES = [
  '{place}范围内暂停各类室内聚集性活动，室外活动控制在{n}人以内，确需举办的须报属地街道（镇）备案。',
  '{facility}入口设置测温点和扫码点，进入人员请规范佩戴口罩，保持一米以上距离，经营者每天开窗通风不少于三次。',
  '{group}出现{symptom}等症状时，请及时到就近的发热门诊或发热哨点就诊，不要自行服药后继续上班、上学。',
  '{place}临时采样点自{date}起开放，开放时间为每日{time}，居民可凭身份证免费采样检测，请错峰前往，有序排队。',
  '{facility}实行限流管理，同时在场人数不超过核定容量的一半，工作人员每两小时对门把手、电梯按钮等部位消毒一次。',
  '各村（社区）要落实网格化管理，对{group}逐户摸排登记，建立健康台账，发现异常情况立即报告属地卫生院。',
  '中小学校、幼儿园要落实晨午检和因病缺勤追踪登记制度，教室每天开窗通风，暂停集体晨练、运动会和文艺汇演。',
  '公交车、出租车和网约车每日收车后全面消毒，乘客上车须佩戴口罩，车内保持通风，驾驶员每日进行健康监测。',
  '{group}可拨打{phone}预约上门服务，工作人员将在二十四小时内联系，协助办理就医、代购药品等事项。',
  '农贸市场每天{time}为老年人优先时段，市场同时在场人数控制在{n}人以内，各摊位公示订货电话，可提前预订自提。',
  '餐饮服务单位暂停承接{n}人以上的宴席，堂食餐桌间隔一米以上，鼓励群众减少外出就餐，红白喜事从简办理。',
  '养老机构、福利院实行封闭管理，暂停家属探视，工作人员实行闭环管理，每日两次测量体温并做好记录。',
  '自{date}起，{place}各发热门诊延长服务时间，每日{time}均可就诊，就诊时请携带身份证和医保卡，全程佩戴口罩。',
  '出现持续高热不退、呼吸急促、胸闷、口唇发紫、意识不清等情况的，请立即就医，也可拨打值班电话{phone}，值班人员将协助安排转运。',
  '外地返回{place}的人员，抵达后三天内请做好自我健康监测，减少参加聚集活动，出现{symptom}等症状时请及时就医并主动告知旅居史。',
  '各药店销售退热、止咳、抗病毒、抗菌等药品时，请登记购药人姓名和联系电话，引导有症状的群众到医疗机构就诊。',
  '机关、企事业单位要落实主体责任，做好职工健康监测，合理安排错峰上下班，减少人员聚集，会议尽量采用视频方式召开。',
  '冷链食品经营者要严格执行进货查验制度，做好从业人员定期检测和环境消毒，不得经营来源不明的冷链食品。',
  '广大群众要坚持勤洗手、戴口罩、常通风、少聚集、一米线等良好卫生习惯，做自己健康的第一责任人。',
  '对拒不配合疫情防控措施、隐瞒病情或者故意散布谣言的，将依法依规追究相关责任，群众可拨打{phone}投诉举报。',
  '{place}生活物资供应充足，价格总体稳定，请群众理性购买，不囤积、不抢购，对哄抬物价行为可拨打{phone}反映。',
  '符合条件的{group}请尽快完成疫苗加强免疫接种，接种点设在{place}社区卫生服务中心，每周一至周五{time}开放。',
  '各单位、各村（社区）要加强值班值守，严格执行领导带班和二十四小时值班制度，确保信息畅通、处置及时。',
  '客运站、火车站设置健康服务点，为旅客提供口罩、测温和健康咨询服务，请旅客提前规划行程，错峰出行。',
  '宾馆酒店要落实住客登记和健康询问制度，发现有{symptom}症状的住客，应及时引导其就医并报告属地街道（镇）。',
  '{facility}暂停开放，恢复开放时间另行通知；已预约的活动可免费退改，具体安排请关注官方发布信息。',
  '志愿者上岗前须接受防护培训，配备口罩、手套等防护用品，服务期间每日测量体温，身体不适时立即停止服务。',
  '居家观察人员请每天早晚各测一次体温，如实填写健康监测登记表，尽量单独居住，使用单独的餐具和毛巾。',
];

export const NOTICE_CLOSINGS = [
  '本{kind}自发布之日起施行，此前发布的有关规定与本{kind}不一致的，以本{kind}为准。',
  '以上措施将根据疫情形势动态调整，请广大群众理解支持，积极配合。',
  '疫情防控，人人有责。让我们携起手来，坚定信心，科学防控，共同守护美好家园。',
  '请各单位、各村（社区）认真抓好落实，遇到重要情况及时报告。',
];

/** Narrative sentences for articles: {person} {place} {facility} {group} {n} {time}. */
export const ARTICLE_SENTENCES = [
  '早上七点半，{place}的{facility}门口已经排起了队，{person}把采样箱、体温枪和一摞登记表搬到桌上。',
  '{person}在{place}工作了二十多年，哪家老人吃什么药、住在哪个坡上，他心里都有数。',
  '“疫情期间老人们不敢出门，我们多跑几趟，他们心里就踏实些。”{person}一边说，一边把口罩往上拉了拉。',
  '从{place}到镇上的采样点有七公里山路，{group}自己去很不方便，工作人员就一家一家上门。',
  '一个多月下来，{person}和同事走遍了全村{n}个村民小组，给一百多位老人上门采样，送药两百多次。',
  '下雨天，乡间的水泥路只修到半山腰，剩下一段只能推着电动车走，胶鞋上全是泥。',
  '夜里十一点，心理援助热线的电话又响了。接线员{person}戴上耳机，轻声说：“您好，我在听。”',
  '来电的多是{group}，有人担心家里老人，有人因为隔离在家睡不着觉，也有人只是想找人说说话。',
  '{facility}的负责人{person}介绍，最近每天接诊量比平时多了三成，医护人员实行两班倒。',
  '为了让{group}少跑路，{place}在村委会门前设了流动服务点，每周二、周五{time}开放。',
  '傍晚回到卫生室，{person}把当天的登记表和送药记录整理好，拍照发到工作群里。',
  '志愿者{person}今年六十二岁，是小区里年纪最大的志愿者，每天帮邻居代购蔬菜和药品。',
  '“刚开始大家不理解，觉得麻烦。”{person}说，“后来看到通告里写得清清楚楚，慢慢都配合了。”',
  '在{place}的{facility}，工作人员用方言广播提醒大家戴口罩、勤洗手、莫扎堆，效果比贴通知还好。',
  '镇卫生院每周派一名护士跟着村医跑一天，遇到血压、血糖控制不好的老人，就在手机上和医生视频会诊。',
  '采样结束后，样本会随转运车送到区疾病预防控制中心，结果一般在二十四小时内出来。',
  '眼下，老年人疫苗接种工作即将开始，{person}又多了一项任务：把名单一户户核对清楚，帮大家预约时间。',
  '{place}的{n}名网格员分成三组，白天走访，晚上整理台账，一户都不漏。',
  '问起辛不辛苦，{person}笑了笑说：“大家都在坚持，我们也不能掉链子。”',
  '据统计，今年以来{place}累计开展健康监测{n}万人次，发放防疫宣传资料两万多份。',
];

export const ARTICLE_SOURCES = ['区融媒体中心', '区卫生健康局办公室', '镇融媒体工作站', '区疾控中心宣传科', '街道宣传办'];

export const RHYME_FORMS = ['三字经', '快板', '顺口溜', '山歌', '呱嗒板', '儿歌', '其他'] as const;
export const DIALECTS = ['长沙话', '客家话', '四川话', '普通话', '湘潭话', '岚溪话', '闽南话', '粤语', '赣语', '吴语'];

/** Lines for rhymes (seven characters or three-character pairs). */
export const RHYME_LINES_7 = [
  '出门记得戴口罩', '回家先把手洗好', '开窗通风空气新', '莫去人多的地方', '发烧咳嗽早就医', '老人小孩要当心',
  '通告条条记心头', '邻里互相多照看', '疫苗接种莫拖延', '身份证件带在身', '采样排队隔一米', '不信谣言不传谣',
  '齐心协力过难关', '等到春来唱满山', '红白喜事往后拖', '少串门来少聚餐', '喷嚏咳嗽衣袖遮', '药品按时按量吃',
];
export const RHYME_LINES_3 = [
  '戴口罩', '勤洗手', '莫扎堆', '常通风', '少聚餐', '早就医', '测体温', '打疫苗', '莫霸蛮', '听医生',
  '守通告', '护老人', '看伢子', '不信谣', '不传谣', '一米线', '讲卫生', '心莫慌',
];
export const GLOSSARY: ReadonlyArray<readonly [string, string, string]> = [
  ['细伢子', 'xì ngá zi', '小孩子'], ['冇得', 'mǎo de', '没有'], ['霸蛮', 'bà mán', '硬撑、勉强自己'],
  ['屋下', 'vuk hâ', '家里'], ['下昼', 'hâ chiu', '下午'], ['恰饭', 'qià fàn', '吃饭'],
  ['港', 'gǎng', '说、讲'], ['莫得', 'mō de', '没有'], ['巴适', 'bā shì', '舒服、好'], ['晓得', 'xiǎo de', '知道'],
];
export const CREDIT_ROLES = ['作词', '演唱', '录音', '伴奏', '改编'];

export const HOTLINE_CATEGORIES = ['应急', '医疗', '心理援助', '物资保障', '投诉举报', '交通出行', '综合咨询'] as const;
export const HOTLINE_NAMES: Record<(typeof HOTLINE_CATEGORIES)[number], string> = {
  应急: '疫情防控24小时应急值班电话',
  医疗: '发热就诊咨询电话',
  心理援助: '心理援助热线',
  物资保障: '生活物资保供热线',
  投诉举报: '疫情防控投诉举报电话',
  交通出行: '交通出行咨询电话',
  综合咨询: '政务服务综合咨询电话',
};

export const CLINIC_KINDS = ['发热门诊', '发热哨点', '核酸采样点', '疫苗接种点'] as const;
export const CLINIC_HOSTS = ['人民医院', '中医医院', '卫生院', '社区卫生服务中心', '妇幼保健院', '村卫生室', '中学东门', '文化广场'];

/** OpenStreetMap opening_hours values, from round-the-clock to seasonal exceptions. */
export const OPENING_HOURS = [
  '24/7',
  'Mo-Fr 08:30-12:00,14:30-17:30',
  'Mo-Su 08:00-18:00',
  'Mo-Su 08:00-20:00',
  'Mo-Sa 08:00-12:00,14:00-17:00',
  'Tu,Fr 09:00-16:00',
  'Mo-Fr 08:00-17:00; Sa 08:00-12:00',
  'Mo-Su 07:30-21:30; 2026 Jan 28-2026 Feb 03 off',
];

export const LANGUAGES = ['普通话', '岚溪话', '长沙话', '客家话', '英语'];
