import { memo } from 'react';
import qrcode from 'qrcode-generator';

/**
 * A QR code drawn as one SVG path from the library's modules (no HTML string is injected). Error
 * correction M: what authenticator apps scan reliably from a screen.
 */
export const QrCode = memo(function QrCode({ value, label, size = 232 }: { value: string; label: string; size?: number }) {
  const qr = qrcode(0, 'M');
  qr.addData(value);
  qr.make();
  const count = qr.getModuleCount();
  const quiet = 4; // the blank margin scanners need, in modules
  let path = '';
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) if (qr.isDark(row, col)) path += `M${col + quiet} ${row + quiet}h1v1h-1z`;
  }
  const box = count + 2 * quiet;
  return (
    <svg className="qr-code" role="img" aria-label={label} width={size} height={size} viewBox={`0 0 ${box} ${box}`} shapeRendering="crispEdges">
      <rect width={box} height={box} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
});
