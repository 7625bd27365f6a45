package cn.gov.jinshan.congress.e2e;

/**
 * The two screens every browser scenario runs on: a desktop and a phone. Many deputies are over
 * fifty and use the console on a phone, so the narrow width is as much the product as the wide one.
 */
enum Viewport {
  DESKTOP(1280, 900),
  PHONE(375, 812);

  final int width;
  final int height;

  Viewport(int width, int height) {
    this.width = width;
    this.height = height;
  }

  @Override
  public String toString() {
    return width + "px";
  }
}
