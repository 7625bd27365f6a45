package cn.gov.jinshan.congress.audit.tools;

/** Lets tests in other packages reach the verifier's package-private hash. */
public final class VerifyExportAccess {
  private VerifyExportAccess() {}

  public static String hash(String previous, String jsonLine) {
    return VerifyExport.hash(previous, new VerifyExport.Json(jsonLine).object());
  }
}
