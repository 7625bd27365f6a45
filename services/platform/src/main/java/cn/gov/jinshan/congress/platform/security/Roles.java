package cn.gov.jinshan.congress.platform.security;

/** The realm roles of the platform (see domain.md, "Who uses the system"). */
public final class Roles {
  public static final String DEPUTY = "deputy";
  public static final String DEPARTMENT = "department";
  public static final String STAFF = "staff";
  public static final String COMMITTEE_MEMBER = "committee_member";
  public static final String ADMIN = "admin";
  public static final String AUDITOR = "auditor";

  /**
   * Read access to the congresses below one's own (district staff over the towns' data and
   * statistics); never write access.
   */
  public static final String CROSS_CONGRESS = "cross_congress";

  private Roles() {}
}
