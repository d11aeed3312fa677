import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every personal value the walkthrough writes (issue 15 §3), as a client sent it. */
export const CORPORATE = {
  segment: 'corporate',
  name: '上海星河科技有限公司',
  idNumber: '91310000MA1K4XYZ12',
  phone: '+862155550100',
  branchId: 'branch-shanghai-01',
  relationshipManagerId: 'rm-li',
};
export const RETAIL = {
  segment: 'retail',
  name: '王小明',
  idNumber: '110105199003078514',
  phone: '+8613912345678',
  email: 'wang.xiaoming@example.cn',
  birthDate: '1990-03-07',
  branchId: 'branch-shanghai-01',
  relationshipManagerId: 'rm-li',
};
export const NEW_PHONE = '+8613987654321';
export const NEW_EMAIL = 'xm.wang@example.cn';
export const NOTES = '客户提到女儿在复旦读书';
export const DESCRIPTION = '投诉：手机银行转账限额过低';
/** Who may instruct by phone, and who did (ADR 0029). */
export const AUTHORISED_CALLER = '财务总监欧阳靖';
export const PERSONAL_VALUES = [
  CORPORATE.name,
  CORPORATE.idNumber,
  CORPORATE.phone,
  RETAIL.name,
  RETAIL.idNumber,
  RETAIL.phone,
  RETAIL.email,
  RETAIL.birthDate,
  NEW_PHONE,
  NEW_EMAIL,
  NOTES,
  DESCRIPTION,
  AUTHORISED_CALLER,
];

export function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Each value as UTF-8 bytes and as JSON would escape it ("\u738b…"), in any file under DATA_DIR. */
export function plaintextFound(directory: string, values: readonly string[] = PERSONAL_VALUES): string[] {
  const files = filesUnder(directory).map((path) => ({ path, bytes: readFileSync(path) }));
  return values.flatMap((value) => {
    const escaped = JSON.stringify(value)
      .slice(1, -1)
      .replace(/[^\x20-\x7e]/g, (c) => {
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
      });
    return files
      .filter(
        ({ bytes }) => bytes.includes(Buffer.from(value, 'utf8')) || bytes.includes(Buffer.from(escaped)),
      )
      .map(({ path }) => `${value} in ${path}`);
  });
}
