/**
 * Valid message objects of every kind LINE takes, shaped as LINE's documentation shows them: the
 * schema tests' "must pass" set, and a base for the typos they introduce.
 */
const actions = {
  postback: { type: 'postback', label: 'Buy', data: 'action=buy&itemid=111', displayText: 'Buy', inputOption: 'openKeyboard', fillInText: '---' },
  message: { type: 'message', label: 'Yes', text: 'Yes' },
  uri: { type: 'uri', label: 'Menu', uri: 'https://example.com/menu', altUri: { desktop: 'https://example.com/pc/menu' } },
  datetimepicker: {
    type: 'datetimepicker',
    label: 'Select date',
    data: 'storeId=12345',
    mode: 'datetime',
    initial: '2017-12-25t00:00',
    max: '2018-01-24t23:59',
    min: '2017-12-25t00:00',
  },
  camera: { type: 'camera', label: 'Camera' },
  cameraRoll: { type: 'cameraRoll', label: 'Camera roll' },
  location: { type: 'location', label: 'Location' },
  clipboard: { type: 'clipboard', label: 'Copy', clipboardText: '3B48740B' },
  richmenuswitch: { type: 'richmenuswitch', label: 'Switch', richMenuAliasId: 'richmenu-alias-b', data: 'richmenu-changed-to-b' },
};
export const sampleActions: Record<string, Record<string, unknown>> = actions;

export const sampleBubble = {
  type: 'bubble',
  size: 'mega',
  direction: 'ltr',
  styles: { header: { backgroundColor: '#00B900' }, footer: { separator: true, separatorColor: '#DDDDDDFF' } },
  header: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'Brown Cafe', weight: 'bold', size: 'xl', color: '#FFFFFF' }] },
  hero: { type: 'image', url: 'https://example.com/cafe.png', size: 'full', aspectRatio: '20:13', aspectMode: 'cover', action: actions.uri },
  body: {
    type: 'box',
    layout: 'vertical',
    spacing: 'md',
    paddingAll: '12px',
    backgroundColor: '#FFFFFF',
    cornerRadius: 'md',
    borderWidth: 'light',
    borderColor: '#CCCCCC',
    background: { type: 'linearGradient', angle: '90deg', startColor: '#FFFFFF', endColor: '#EEEEEE' },
    contents: [
      {
        type: 'box',
        layout: 'baseline',
        margin: 'md',
        contents: [
          { type: 'icon', size: 'sm', url: 'https://example.com/star.png' },
          { type: 'text', text: '4.0', size: 'sm', color: '#999999', margin: 'md', flex: 0 },
        ],
      },
      {
        type: 'text',
        contents: [
          { type: 'span', text: 'Open ', weight: 'bold' },
          { type: 'span', text: '10:00 - 23:00', size: '14px', decoration: 'underline' },
        ],
        wrap: true,
      },
      { type: 'separator', margin: 'lg', color: '#EEEEEE' },
      { type: 'filler', flex: 1 },
      { type: 'text', text: 'Place', size: 'sm', offsetTop: '4px', position: 'relative', lineSpacing: '6px', maxLines: 2, action: actions.message },
      {
        type: 'video',
        url: 'https://example.com/video.mp4',
        previewUrl: 'https://example.com/video.png',
        altContent: { type: 'image', size: 'full', aspectRatio: '20:13', url: 'https://example.com/video.png' },
        aspectRatio: '20:13',
      },
    ],
  },
  footer: {
    type: 'box',
    layout: 'vertical',
    spacing: 'sm',
    contents: Object.values(actions).map((action) => ({ type: 'button', style: 'link', height: 'sm', action })),
  },
  action: actions.postback,
};

export const sampleMessages: Record<string, Record<string, unknown>> = {
  text: { type: 'text', text: 'Hello, world 👋', quoteToken: 'q3Plxr4AgKd...' },
  textV2: { type: 'textV2', text: 'Welcome, {user1}! {laugh}', substitution: { user1: { type: 'mention', mentionee: { type: 'user', userId: 'U1' } } } },
  sticker: { type: 'sticker', packageId: '446', stickerId: '1988' },
  image: { type: 'image', originalContentUrl: 'https://example.com/original.jpg', previewImageUrl: 'https://example.com/preview.jpg' },
  video: { type: 'video', originalContentUrl: 'https://example.com/original.mp4', previewImageUrl: 'https://example.com/preview.jpg', trackingId: 'track-id' },
  audio: { type: 'audio', originalContentUrl: 'https://example.com/original.m4a', duration: 60000 },
  location: { type: 'location', title: 'my location', address: '1-3 Kioicho, Chiyoda-ku, Tokyo', latitude: 35.67966, longitude: 139.73669 },
  imagemap: {
    type: 'imagemap',
    baseUrl: 'https://example.com/bot/images/rm001',
    altText: 'This is an imagemap',
    baseSize: { width: 1040, height: 1040 },
    actions: [
      { type: 'uri', linkUri: 'https://example.com/', area: { x: 0, y: 586, width: 520, height: 454 } },
      { type: 'message', text: 'Hello', area: { x: 520, y: 586, width: 520, height: 454 } },
    ],
  },
  buttons: {
    type: 'template',
    altText: 'This is a buttons template',
    template: {
      type: 'buttons',
      thumbnailImageUrl: 'https://example.com/bot/images/image.jpg',
      imageAspectRatio: 'rectangle',
      title: 'Menu',
      text: 'Please select',
      defaultAction: actions.uri,
      actions: [actions.postback, actions.message, actions.uri],
    },
  },
  confirm: {
    type: 'template',
    altText: 'this is a confirm template',
    template: { type: 'confirm', text: 'Are you sure?', actions: [actions.message, actions.message] },
  },
  carousel: {
    type: 'template',
    altText: 'this is a carousel template',
    template: {
      type: 'carousel',
      columns: [
        { thumbnailImageUrl: 'https://example.com/bot/images/item1.jpg', title: 'this is menu', text: 'description', actions: [actions.postback, actions.uri] },
      ],
    },
  },
  imageCarousel: {
    type: 'template',
    altText: 'this is an image carousel template',
    template: { type: 'image_carousel', columns: [{ imageUrl: 'https://example.com/bot/images/item1.jpg', action: actions.datetimepicker }] },
  },
  flexBubble: { type: 'flex', altText: 'Brown Cafe', contents: sampleBubble },
  flexCarousel: { type: 'flex', altText: 'Two cafes', contents: { type: 'carousel', contents: [sampleBubble, { ...sampleBubble, size: 'kilo' }] } },
  withQuickReply: {
    type: 'text',
    text: 'Select your favorite food category or send me your location!',
    quickReply: {
      items: Object.values(actions)
        .filter((action) => action.type !== 'richmenuswitch')
        .map((action) => ({ type: 'action', imageUrl: 'https://example.com/sushi.png', action })),
    },
    sender: { name: 'Cony', iconUrl: 'https://example.com/cony.png' },
  },
};
