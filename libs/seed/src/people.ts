import type { Rng } from './prng';

/** Common surnames and given-name characters, with pinyin for e-mail addresses. */
// prettier-ignore
const SURNAMES = [
  ['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'],
  ['赵', 'zhao'], ['黄', 'huang'], ['周', 'zhou'], ['吴', 'wu'], ['徐', 'xu'], ['孙', 'sun'],
  ['胡', 'hu'], ['朱', 'zhu'], ['高', 'gao'], ['林', 'lin'], ['何', 'he'], ['郭', 'guo'],
  ['马', 'ma'], ['罗', 'luo'], ['梁', 'liang'], ['宋', 'song'], ['郑', 'zheng'], ['谢', 'xie'],
] as const;
// prettier-ignore
const GIVEN = [
  ['伟', 'wei'], ['芳', 'fang'], ['娜', 'na'], ['敏', 'min'], ['静', 'jing'], ['丽', 'li'],
  ['强', 'qiang'], ['磊', 'lei'], ['军', 'jun'], ['洋', 'yang'], ['勇', 'yong'], ['艳', 'yan'],
  ['杰', 'jie'], ['娟', 'juan'], ['涛', 'tao'], ['明', 'ming'], ['超', 'chao'], ['秀', 'xiu'],
  ['霞', 'xia'], ['平', 'ping'], ['刚', 'gang'], ['桂', 'gui'], ['英', 'ying'], ['华', 'hua'],
  ['建', 'jian'], ['国', 'guo'], ['志', 'zhi'], ['海', 'hai'], ['婷', 'ting'], ['雪', 'xue'],
] as const;
// prettier-ignore
const COMPANY_WORDS = [
  ['华信', 'huaxin'], ['远航', 'yuanhang'], ['恒通', 'hengtong'], ['鼎盛', 'dingsheng'], ['中科', 'zhongke'],
  ['瑞丰', 'ruifeng'], ['金桥', 'jinqiao'], ['新元', 'xinyuan'], ['东方', 'dongfang'], ['长江', 'changjiang'],
  ['博瑞', 'borui'], ['天成', 'tiancheng'], ['汇通', 'huitong'], ['百川', 'baichuan'], ['星辰', 'xingchen'],
] as const;
const INDUSTRIES = [
  '科技',
  '贸易',
  '制造',
  '物流',
  '医药',
  '新能源',
  '建设',
  '食品',
  '电子',
  '文化传媒',
] as const;
export const OCCUPATIONS = [
  '教师',
  '工程师',
  '医生',
  '个体经营者',
  '公务员',
  '企业管理人员',
  '退休',
  '自由职业',
  '律师',
  '会计',
  '销售',
] as const;
export const INTERESTS = ['高尔夫', '茶艺', '书法', '旅游', '摄影', '理财讲座', '马拉松', '收藏'] as const;

export interface Person {
  name: string;
  idNumber: string;
  phone: string;
  email?: string;
  birthDate?: string;
  occupation: string;
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

/** The check digit of a resident identity number (GB 11643, ISO 7064 MOD 11-2) over its first 17 digits. */
export function residentIdCheck(body: string): string {
  const sum = [...body].reduce((total, digit, i) => total + Number(digit) * ID_WEIGHTS[i]!, 0);
  return '10X98765432'[sum % 11]!;
}

/** A resident identity number: region, birth date, sequence, check digit. */
function residentId(region: string, birthDate: string, sequence: number): string {
  const body = `${region}${birthDate.replaceAll('-', '')}${String(sequence).padStart(3, '0')}`;
  return body + residentIdCheck(body);
}

const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of a unified social credit code (GB 32100) over its first 17 characters. */
export function creditCodeCheck(body: string): string {
  const sum = [...body].reduce(
    (total, c, i) => total + CREDIT_CODE_CHARS.indexOf(c) * CREDIT_CODE_WEIGHTS[i]!,
    0,
  );
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31]!;
}

/** A company's code: '91' (an enterprise), region, organisation code, check character. */
function creditCode(rng: Rng, region: string): string {
  let body = `91${region}`;
  while (body.length < 17) body += CREDIT_CODE_CHARS[rng.int(0, 30)];
  return body + creditCodeCheck(body);
}

function mobile(rng: Rng): string {
  return `+861${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
}

/** A retail customer aged 22–75 on `onboardedOn` ('YYYY-MM-DD'), registered in `region`. */
export function retailPerson(rng: Rng, region: string, onboardedOn: string): Person {
  const [surname, surnamePinyin] = rng.pick(SURNAMES);
  const given = rng.chance(0.6) ? [rng.pick(GIVEN), rng.pick(GIVEN)] : [rng.pick(GIVEN)];
  const year = Number(onboardedOn.slice(0, 4)) - rng.int(22, 75);
  const birthDate = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  return personBornOn(rng, region, birthDate, [surname, surnamePinyin], given);
}

/** A retail customer of a given name (characters and pinyin) and birth date: the demo's named customers. */
export function personBornOn(
  rng: Rng,
  region: string,
  birthDate: string,
  [surname, surnamePinyin]: readonly [string, string],
  given: readonly (readonly [string, string])[],
): Person {
  const pinyin = given.map(([, p]) => p).join('');
  return {
    name: surname + given.map(([c]) => c).join(''),
    idNumber: residentId(region, birthDate, rng.int(1, 999)),
    phone: mobile(rng),
    ...(rng.chance(0.45) && { email: `${pinyin}.${surnamePinyin}${rng.int(1, 99)}@mail.example.com` }),
    birthDate,
    occupation: rng.pick(OCCUPATIONS),
  };
}

/** A company in `city`, its legal name and credit code; the phone is its finance office's. */
export function corporatePerson(rng: Rng, city: string, region: string): Person {
  const [word, pinyin] = rng.pick(COMPANY_WORDS);
  const industry = rng.pick(INDUSTRIES);
  const form = rng.chance(0.3) ? '股份有限公司' : '有限公司';
  return {
    name: `${city}${word}${industry}${form}`,
    idNumber: creditCode(rng, region),
    phone: mobile(rng),
    email: `finance@${pinyin}${rng.int(1, 999)}.example.com`,
    occupation: industry,
  };
}
