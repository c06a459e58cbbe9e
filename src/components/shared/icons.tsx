import type { SVGProps } from 'react';

/** Props of every inline icon: decorative (`aria-hidden`), drawn in `currentColor`. */
export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'children'> {
  /** Width and height in px or any CSS length. Default 16. */
  size?: number | string;
}

/** A 24×24 stroked icon (2px `currentColor` lines, round caps and joins) drawn from `<path>` data, one per argument. */
function makeIcon(...paths: string[]) {
  return function Icon({ size = 16, ...rest }: IconProps) {
    return (
      <svg
        viewBox="0 0 24 24"
        width={size}
        height={size}
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        {...rest}
      >
        {paths.map((d, i) => (
          <path key={i} d={d} />
        ))}
      </svg>
    );
  };
}

/** The circle around most status glyphs. */
const circle = 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Z';

// `@__PURE__`: an app keeps only the icons it renders.
/** Check in a circle: synched / success. */
export const IconCheckCircle = /* @__PURE__ */ makeIcon(circle, 'm8 12.5 2.7 2.7L16 9.8');
/** Exclamation in a circle: error / failure. */
export const IconWarningCircle = /* @__PURE__ */ makeIcon(circle, 'M12 7.5v5.5', 'M12 16.5h.01');
/** Circle with a slash: unavailable. */
export const IconProhibit = /* @__PURE__ */ makeIcon(circle, 'm5.6 5.6 12.8 12.8');
/** Circular arrows: sending. */
export const IconArrowsClockwise = /* @__PURE__ */ makeIcon(
  'M20 4v5h-5',
  'M4 20v-5h5',
  'M5.5 9a7 7 0 0 1 12.3-1.8L20 9',
  'M18.5 15a7 7 0 0 1-12.3 1.8L4 15',
);
/** "i" in a circle: notification. */
export const IconInfo = /* @__PURE__ */ makeIcon(circle, 'M12 11v5.5', 'M12 7.5h.01');
/** Clock: processing. */
export const IconClock = /* @__PURE__ */ makeIcon(circle, 'M12 7v5l3 2');
/** Question mark in a circle: unknown values. */
export const IconQuestion = /* @__PURE__ */ makeIcon(
  circle,
  'M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.3',
  'M12 17h.01',
);
/** Two sheets: copy. */
export const IconCopy = /* @__PURE__ */ makeIcon('M9 9h11v11H9z', 'M5 15H4V4h11v1');
/** Check mark: copied. */
export const IconCheck = /* @__PURE__ */ makeIcon('m5 12.5 4.5 4.5L19 7.5');
/** Caret pointing down: menus and disclosures. */
export const IconCaretDown = /* @__PURE__ */ makeIcon('m6 9 6 6 6-6');
/** Caret pointing right: collapsed disclosures. */
export const IconCaretRight = /* @__PURE__ */ makeIcon('m9 6 6 6-6 6');
/** Pencil: edit. */
export const IconPencil = /* @__PURE__ */ makeIcon('M4 20h4L19 9l-4-4L4 16v4Z', 'm13.5 6.5 4 4');
/** Picture frame: image placeholder. */
export const IconImage = /* @__PURE__ */ makeIcon('M4 5h16v14H4z', 'm4 16 5-5 4 4 2-2 5 5', 'M15.5 9.5h.01');
/** Arrow leaving a box: links to other pages. */
export const IconArrowSquareOut = /* @__PURE__ */ makeIcon('M14 4h6v6', 'M20 4l-9 9', 'M18 14v6H4V6h6');
/** Empty tray: empty states. */
export const IconTray = /* @__PURE__ */ makeIcon('M4 13v7h16v-7', 'M4 13l3-9h10l3 9', 'M4 13h5l1 2h4l1-2h5');
/** Chevron left / right: pagination. */
export const IconCaretLeft = /* @__PURE__ */ makeIcon('m15 6-6 6 6 6');
