import type { SeededRandom } from './seeded-random';

export type Language = 'ja' | 'th' | 'en';

const jaFamily = [
  '佐藤',
  '鈴木',
  '高橋',
  '田中',
  '伊藤',
  '渡辺',
  '山本',
  '中村',
  '小林',
  '加藤',
  '吉田',
  '山田',
  '佐々木',
  '山口',
  '松本',
  '井上',
  '木村',
  '林',
  '斎藤',
  '清水',
];
const jaGiven = ['太郎', '花子', '翔太', 'さくら', '陽菜', '蓮', '結衣', '大翔', '美咲', '健太', 'ゆうき', 'あおい', 'ひなた', '拓海', '真央', 'みー'];
const thGiven = ['สมชาย', 'สมศรี', 'วิชัย', 'นภา', 'กิตติ', 'ปรียา', 'ธนพล', 'สุดารัตน์', 'อรทัย', 'ณัฐวุฒิ', 'พิมพ์ชนก', 'ชัยวัฒน์', 'พลอย', 'นก', 'แบม'];
const thFamily = ['ใจดี', 'ศรีสุข', 'วงศ์สวัสดิ์', 'แสงทอง', 'บุญมา', 'สุขสวัสดิ์', 'ทองดี', 'จันทร์เพ็ญ', 'รัตนพันธ์'];
const enGiven = ['John', 'Emily', 'Michael', 'Sarah', 'David', 'Jessica', 'James', 'Olivia', 'Daniel', 'Sophie', 'Ken', 'Mai', 'Nok', 'Ploy', 'Yuki'];
const enFamily = ['Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Tanaka', 'Suzuki', 'Wong', 'Lee', 'Chen', 'Nguyen', 'Sato'];
const decorations = ['', '', '', '', ' 🌸', ' ✨', '☆', ' 🐱', ' (仕事用)', ' 88', ' official'];

/** A LINE display name as people set them: native names, romanized ones, and mixes with emoji. */
export function displayName(language: Language, random: SeededRandom): string {
  const decoration = random.pick(decorations);
  const mix = random.next();
  if (language === 'ja') {
    if (mix < 0.5) return `${random.pick(jaFamily)} ${random.pick(jaGiven)}${decoration}`;
    if (mix < 0.75) return `${random.pick(jaGiven)}${decoration}`;
    return `${random.pick(enGiven)} ${random.pick(jaFamily)}${decoration}`;
  }
  if (language === 'th') {
    if (mix < 0.5) return `${random.pick(thGiven)} ${random.pick(thFamily)}${decoration}`;
    if (mix < 0.75) return `${random.pick(thGiven)}${decoration}`;
    return `${random.pick(enGiven)} ${random.pick(thGiven)}${decoration}`;
  }
  return mix < 0.8 ? `${random.pick(enGiven)} ${random.pick(enFamily)}${decoration}` : `${random.pick(enGiven)}${decoration}`;
}

const customerLines: Record<Language, string[]> = {
  ja: [
    'こんにちは',
    '注文した商品がまだ届いていません。注文番号は#A{n}です。',
    '営業時間を教えてください',
    'ありがとうございます！',
    '返品したいのですが、どうすればいいですか？サイズが合いませんでした。',
    '予約の変更をお願いしたいです。来週の火曜日の15時は空いていますか？',
    'はい',
    'ポイントカードを紛失してしまいました。再発行はできますか？',
  ],
  th: [
    'สวัสดีค่ะ',
    'สั่งสินค้าไปแล้วยังไม่ได้รับเลยค่ะ เลขที่คำสั่งซื้อ #A{n}',
    'ร้านเปิดกี่โมงครับ',
    'ขอบคุณมากค่ะ',
    'อยากเปลี่ยนไซส์เสื้อค่ะ ตัวที่ได้รับมาเล็กไป ต้องทำอย่างไรบ้างคะ',
    'ขอเลื่อนนัดเป็นวันพฤหัสบ่ายสองโมงได้ไหมครับ',
    'ค่ะ',
  ],
  en: [
    'Hi',
    'My order #A{n} has not arrived yet, can you check?',
    'What are your opening hours?',
    'Thanks!',
    'I would like to return a jacket, it is the wrong size. How do I do that?',
    'Can I move my appointment to Thursday afternoon?',
    'ok',
  ],
};

const botLines: Record<Language, string[]> = {
  ja: [
    'お問い合わせありがとうございます。ご注文#A{n}は現在配送中です。お届けまで1〜2営業日ほどお待ちください。配送状況はマイページの「注文履歴」からもご確認いただけます。',
    '営業時間は平日10:00〜19:00、土日祝は11:00〜18:00です。年末年始は休業となります。',
    'ご返品は商品到着後14日以内に承ります。下のボタンから返品フォームにお進みください。',
    '担当者におつなぎします。少々お待ちください。',
    '本日のご対応はいかがでしたか？1〜5でお選びください。',
  ],
  th: [
    'ขอบคุณที่ติดต่อเราค่ะ คำสั่งซื้อ #A{n} กำลังจัดส่ง คาดว่าจะได้รับภายใน 1-2 วันทำการ สามารถตรวจสอบสถานะได้ที่เมนู "คำสั่งซื้อของฉัน" ค่ะ',
    'ร้านเปิดทุกวัน 10:00-20:00 น. ยกเว้นวันหยุดนักขัตฤกษ์ค่ะ',
    'สามารถเปลี่ยนหรือคืนสินค้าได้ภายใน 14 วันหลังได้รับสินค้า กรุณากดปุ่มด้านล่างเพื่อกรอกแบบฟอร์มค่ะ',
    'กำลังโอนสายไปยังเจ้าหน้าที่ กรุณารอสักครู่ค่ะ',
  ],
  en: [
    'Thanks for reaching out. Order #A{n} is on its way and should arrive within 1-2 business days. You can follow it under "My orders".',
    'We are open Monday to Friday 10:00-19:00 and weekends 11:00-18:00.',
    'Returns are accepted within 14 days of delivery. Tap the button below to start a return.',
    'Connecting you to a member of our team, one moment please.',
    'How did we do today? Please rate us from 1 to 5.',
  ],
};

/** A message as customers (short) or the bot and agents (longer) write them. */
export function messageText(language: Language, from: 'customer' | 'bot' | 'agent', random: SeededRandom): string {
  const lines = from === 'customer' ? customerLines[language] : botLines[language];
  return random.pick(lines).replace('{n}', String(random.int(10000, 99999)));
}
