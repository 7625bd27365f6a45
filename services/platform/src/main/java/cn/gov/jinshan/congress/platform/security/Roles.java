package cn.gov.jinshan.congress.platform.security;

/** The realm roles of the platform (see domain.md, "Who uses the system"). */
public final class Roles {
  public static final String DEPUTY = "deputy";
  public static final String DEPARTMENT = "department";
  public static final String STAFF = "staff";
  public static final String COMMITTEE_MEMBER = "committee_member";
  public static final String ADMIN = "admin";
  public static final String AUDITOR = "auditor";

  private Roles() {}
}
