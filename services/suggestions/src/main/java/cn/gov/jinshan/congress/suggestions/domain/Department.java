package cn.gov.jinshan.congress.suggestions.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A handling unit (承办单位) of a congress: reference data kept by administrators. Items are assigned
 * to it by its {@code code} (the {@code department_id} of tasks and of department logins); only
 * active units take new assignments, and a deactivated one keeps its name on what it handled.
 */
@Entity
public class Department {
  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String congressId;

  @Column(nullable = false, updatable = false)
  private String code;

  private String name;

  private String shortName;

  @Enumerated(EnumType.STRING)
  private DepartmentKind kind;

  private String contactPerson;

  private String contactPhone;

  private boolean active;

  @Version private long version;

  @Column(nullable = false, updatable = false)
  private Instant createdAt;

  @Column(nullable = false)
  private Instant updatedAt;

  protected Department() {}

  public static Department register(
      String congressId,
      String code,
      String name,
      String shortName,
      DepartmentKind kind,
      String contactPerson,
      String contactPhone,
      Instant now) {
    Department d = new Department();
    d.id = UUID.randomUUID();
    d.congressId = congressId;
    d.code = code.strip();
    d.active = true;
    d.createdAt = now;
    d.change(name, shortName, kind, contactPerson, contactPhone, true, now);
    return d;
  }

  /** New names, kind, contacts; {@code active} false takes it off the assignment list. */
  public void change(
      String name,
      String shortName,
      DepartmentKind kind,
      String contactPerson,
      String contactPhone,
      boolean active,
      Instant now) {
    this.name = name.strip();
    this.shortName = shortName == null || shortName.isBlank() ? this.name : shortName.strip();
    this.kind = kind;
    this.contactPerson = blankToNull(contactPerson);
    this.contactPhone = blankToNull(contactPhone);
    this.active = active;
    this.updatedAt = now;
  }

  public void deactivate(Instant now) {
    this.active = false;
    this.updatedAt = now;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public UUID id() {
    return id;
  }

  public String congressId() {
    return congressId;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String shortName() {
    return shortName;
  }

  public DepartmentKind kind() {
    return kind;
  }

  public String contactPerson() {
    return contactPerson;
  }

  public String contactPhone() {
    return contactPhone;
  }

  public boolean active() {
    return active;
  }

  public long version() {
    return version;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
