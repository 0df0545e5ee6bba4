import { BACKGROUNDS, SOURCES, STAGES, type Background, type Source, type Stage } from '../customer/vocabulary';
import { headerKey } from './headerSynonyms';

/**
 * What people write in the background, stage and source columns, mapped to our codes. Our own
 * codes (as the export writes them) always match; the rest are the English and Chinese words that
 * other CRMs and hand-made sheets use. Keys are compared after headerKey (case, spaces, punctuation).
 */
const BACKGROUND_WORDS: Record<Background, readonly string[]> = {
  manufacturer: ['Manufacturer', 'Factory', 'Producer', 'Maker', 'OEM', '制造商', '生产商', '工厂', '厂家', '厂商'],
  brandOwner: ['Brand owner', 'Brand', 'Brand company', '品牌商', '品牌方', '品牌'],
  importerWholesaler: [
    'Importer', 'Wholesaler', 'Importer/Wholesaler', 'Importer and wholesaler', 'Wholesale', 'Import',
    '进口商', '批发商', '进口批发商', '批发',
  ],
  distributor: ['Distributor', 'Reseller', 'Dealer', 'Agent', 'Sales agent', '经销商', '分销商', '代理商', '代理'],
  chainRetailer: ['Chain retailer', 'Chain store', 'Retail chain', 'Supermarket', 'Department store', '连锁零售商', '连锁店', '连锁超市', '超市', '商超'],
  smallRetailer: ['Retailer', 'Small retailer', 'Shop', 'Store', 'Retail', '零售商', '小零售商', '零售', '店铺', '门店'],
  ecommerce: [
    'E-commerce', 'Ecommerce', 'E-commerce seller', 'Online seller', 'Online shop', 'Amazon seller', 'Amazon',
    'Shopify', 'Shopify seller', 'eBay seller', 'Marketplace seller', 'Cross-border e-commerce',
    '电商', '跨境电商', '电商卖家', '亚马逊卖家', '亚马逊', '网店',
  ],
  tradingAgent: [
    'Trading company', 'Trader', 'Sourcing agent', 'Buying agent', 'Purchasing agent', 'Trading agent',
    '贸易公司', '贸易商', '采购代理', '中间商', '外贸公司',
  ],
  projectBuyer: ['Project buyer', 'End user', 'End-user', 'Contractor', 'Project', '工程商', '项目采购', '项目商', '终端用户', '终端客户'],
  government: ['Government', 'Institution', 'Public sector', 'NGO', 'School', '政府', '机构', '政府机构', '事业单位', '学校'],
  unknown: ['Unknown', 'N/A', 'Not sure', 'Other', '未知', '不确定', '其他'],
};

const STAGE_WORDS: Record<Stage, readonly string[]> = {
  newInquiry: ['New', 'New inquiry', 'New enquiry', 'Inquiry', 'Enquiry', 'Lead', 'New lead', '新询盘', '询盘', '新客户', '新线索', '线索'],
  qualified: ['Qualified', 'Valid inquiry', 'Prospect', '已确认', '有效询盘', '合格', '意向客户', '潜在客户'],
  quoted: ['Quoted', 'Quotation', 'Quotation sent', 'Quote sent', 'Quote', 'Offer sent', '已报价', '报价', '报价中'],
  sample: ['Sample', 'Samples', 'Sampling', 'Sample sent', 'Sample order', '样品', '打样', '寄样', '样品单', '已寄样'],
  firstOrder: ['First order', 'Ordered', 'Trial order', '首单', '下单', '成交', '已成交', '试单'],
  repeatOrder: ['Repeat order', 'Repeat', 'Repeat buyer', 'Returning', 'Reorder', '返单', '复购', '老客户', '回头客'],
  silent: ['Silent', 'Dormant', 'Inactive', 'No reply', 'No response', '沉默', '休眠', '不活跃', '未回复', '无回复'],
  lost: ['Lost', 'Closed lost', 'Closed', 'Lost deal', '丢失', '流失', '已流失', '丢单'],
  junk: ['Junk', 'Spam', 'Invalid', 'Fake', '垃圾', '无效', '垃圾询盘', '无效询盘'],
};

const SOURCE_WORDS: Record<Source, readonly string[]> = {
  alibaba: [
    'Alibaba', 'Alibaba.com', 'Alibaba inquiry', 'Trade Manager', 'TradeManager', 'Alibaba International',
    '阿里巴巴', '阿里', '阿里国际站', '国际站', '询盘', '阿里询盘', '旺旺',
  ],
  rfq: ['RFQ', 'Request for quotation', 'Buying request', '采购直达', '买家需求'],
  tradeFair: [
    'Trade fair', 'Trade show', 'Tradeshow', 'Fair', 'Exhibition', 'Expo', 'Canton Fair',
    '展会', '广交会', '展览会', '展览', '博览会',
  ],
  customsData: ['Customs data', 'Customs', 'Import data', 'Bill of lading', '海关数据', '海关', '提单数据'],
  website: ['Website', 'Web', 'Own website', 'Google', 'SEO', 'Search engine', '官网', '网站', '独立站', '谷歌', '自建站'],
  referral: ['Referral', 'Referred', 'Recommendation', 'Recommended', 'Word of mouth', '推荐', '转介绍', '介绍', '老客户介绍'],
  other: ['Other', 'Others', 'Made-in-China', 'Global Sources', 'LinkedIn', 'Facebook', '其他', '中国制造网', '环球资源'],
};

function indexWords<C extends string>(codes: readonly C[], words: Record<C, readonly string[]>): Map<string, C> {
  const index = new Map<string, C>();
  for (const code of codes) {
    index.set(headerKey(code), code);
    for (const word of words[code]) index.set(headerKey(word), code);
  }
  return index;
}

const BACKGROUND_INDEX = indexWords(BACKGROUNDS, BACKGROUND_WORDS);
const STAGE_INDEX = indexWords(STAGES, STAGE_WORDS);
const SOURCE_INDEX = indexWords(SOURCES, SOURCE_WORDS);

/**
 * A column holds the same few words on every row; remembering what each spelling meant saves
 * normalising it 100,000 times. Bounded, so a column of free text cannot grow it without end.
 */
function cachedLookup<C extends string>(index: Map<string, C>): (text: string) => C | null {
  const seen = new Map<string, C | null>();
  return (text) => {
    let code = seen.get(text);
    if (code === undefined) {
      code = index.get(headerKey(text)) ?? null;
      if (seen.size < 1000) seen.set(text, code);
    }
    return code;
  };
}

export const backgroundFromText = cachedLookup(BACKGROUND_INDEX);
export const stageFromText = cachedLookup(STAGE_INDEX);
export const sourceFromText = cachedLookup(SOURCE_INDEX);
