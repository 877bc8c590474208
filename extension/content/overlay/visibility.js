// Whether the person can see an element: what a page hides (display, visibility, opacity 0, zero size, off screen)
// cannot be typed into knowingly, so postcheck neither checks it nor counts its publish button.
const MIN_SIDE_PX = 4;

export function isVisible(element) {
  if (!element?.isConnected) return false;
  if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) {
    return false;
  }
  const rect = element.getBoundingClientRect();
  return rect.width >= MIN_SIDE_PX && rect.height >= MIN_SIDE_PX && rect.right > 0 && rect.bottom > 0 &&
    rect.left < innerWidth && rect.top < innerHeight;
}
