/** Where the e2e test's browser gets its pictures: a host it routes to images it drew itself. */
export const pictures = 'https://img.lineflow.test';

const cafeBubble = {
  type: 'bubble',
  size: 'mega',
  hero: { type: 'image', url: `${pictures}/cafe.png`, size: 'full', aspectRatio: '20:13', aspectMode: 'cover' },
  body: {
    type: 'box',
    layout: 'vertical',
    contents: [
      { type: 'text', text: 'Brown Cafe', weight: 'bold', size: 'xl' },
      {
        type: 'box',
        layout: 'baseline',
        margin: 'md',
        contents: [
          ...[1, 2, 3, 4].map(() => ({ type: 'icon', size: 'sm', url: `${pictures}/star.png` })),
          { type: 'text', text: '4.0', size: 'sm', color: '#999999', margin: 'md', flex: 0 },
        ],
      },
      {
        type: 'box',
        layout: 'vertical',
        margin: 'lg',
        spacing: 'sm',
        contents: [
          ['Place', 'Flex Tower, 7-7-4 Midori-ku, Tokyo'],
          ['Time', '10:00 - 23:00'],
        ].map(([label, value]) => ({
          type: 'box',
          layout: 'baseline',
          spacing: 'sm',
          contents: [
            { type: 'text', text: label, color: '#aaaaaa', size: 'sm', flex: 1 },
            { type: 'text', text: value, wrap: true, color: '#666666', size: 'sm', flex: 5 },
          ],
        })),
      },
    ],
  },
  footer: {
    type: 'box',
    layout: 'vertical',
    spacing: 'sm',
    contents: [
      { type: 'button', style: 'primary', height: 'sm', action: { type: 'uri', label: 'Reserve a table', uri: 'https://example.com/reserve' } },
      { type: 'button', style: 'link', height: 'sm', action: { type: 'uri', label: 'Website', uri: 'https://example.com' } },
    ],
    flex: 0,
  },
};

const product = (name: string, price: string, picture: string, soldOut = false) => ({
  type: 'bubble',
  size: 'kilo',
  hero: { type: 'image', url: `${pictures}/${picture}`, size: 'full', aspectRatio: '20:13', aspectMode: 'cover' },
  body: {
    type: 'box',
    layout: 'vertical',
    spacing: 'sm',
    contents: [
      { type: 'text', text: name, wrap: true, weight: 'bold', size: 'xl' },
      {
        type: 'box',
        layout: 'baseline',
        contents: [
          { type: 'text', text: price, wrap: true, weight: 'bold', size: 'xl', flex: 0 },
          { type: 'text', text: '.99', wrap: true, weight: 'bold', size: 'sm', flex: 0 },
        ],
      },
      ...(soldOut ? [{ type: 'text', text: 'Temporarily out of stock', wrap: true, size: 'xxs', margin: 'md', color: '#ff5551' }] : []),
    ],
  },
  footer: {
    type: 'box',
    layout: 'vertical',
    spacing: 'sm',
    contents: [
      { type: 'button', style: soldOut ? 'secondary' : 'primary', action: { type: 'postback', label: 'Add to Cart', data: `cart=${picture}` } },
      { type: 'button', action: { type: 'uri', label: 'Add to wishlist', uri: 'https://example.com/wishlist' } },
    ],
  },
});

const trigger = (id: string, keyword: string, y: number) => ({
  id,
  type: 'trigger-keyword',
  position: { x: 0, y },
  data: { keywords: [keyword], match: 'exact', interruptsWaitingRun: true },
});

/**
 * A workflow that answers "card" with LINE's restaurant bubble and a carousel of two products
 * (quick replies under them), and "sticker" with two stickers: one LINE's CDN has, one it has not.
 */
export const linePreviewWorkflow = {
  schemaVersion: 1,
  id: 'line-preview',
  name: 'LINE preview',
  settings: { timezone: 'Asia/Tokyo' },
  nodes: [
    trigger('on-card', 'card', 0),
    trigger('on-sticker', 'sticker', 200),
    {
      id: 'send-card',
      type: 'send-message',
      position: { x: 320, y: 0 },
      data: {
        messages: [
          { type: 'flex', altText: 'Brown Cafe: reserve a table', contents: cafeBubble },
          {
            type: 'flex',
            altText: 'Two picks for you',
            contents: { type: 'carousel', contents: [product('Arm Chair, White', '$49', 'chair.png'), product('Metal Desk Lamp', '$11', 'lamp.png', true)] },
          },
        ],
        quickReplies: [
          { label: 'Stickers', text: 'sticker' },
          { label: 'Later', postbackData: 'later' },
        ],
      },
    },
    {
      id: 'send-stickers',
      type: 'send-message',
      position: { x: 320, y: 200 },
      data: {
        messages: [
          { type: 'sticker', packageId: '446', stickerId: '1988' },
          { type: 'sticker', packageId: '11537', stickerId: '52002734' },
        ],
      },
    },
  ],
  edges: [
    { id: 'e-card', source: 'on-card', sourceHandle: 'next', target: 'send-card' },
    { id: 'e-sticker', source: 'on-sticker', sourceHandle: 'next', target: 'send-stickers' },
  ],
};
