package cn.gov.jinshan.congress.e2e;

import static org.hamcrest.Matchers.equalTo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Suggestions arranged through the API (as the deputy, then as staff) for the scenarios that drive
 * only the later steps, e.g. a department's pages or a returned draft.
 */
final class Items {
  private Items() {}

  /** A draft suggestion of the lead deputy. */
  static String draft(String lead, String title, String content, String category) {
    return Gateway.as(lead)
        .body(
            Map.of("kind", "SUGGESTION", "title", title, "content", content, "category", category))
        .post("/api/v1/suggestions")
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  /** A new suggestion of the lead deputy, submitted by them. */
  static String submitted(String lead, String title, String content, String category) {
    String item = draft(lead, title, content, category);
    SuggestionLifecycleIT.transition(lead, item, "submit", null);
    return item;
  }

  /** A new suggestion of the lead deputy, submitted, registered and assigned by staff1. */
  static String assigned(
      String lead,
      String title,
      String content,
      String category,
      String leadDepartment,
      List<String> coHandlers) {
    String item = submitted(lead, title, content, category);
    SuggestionLifecycleIT.transition("staff1", item, "registration", null);
    Map<String, Object> assignment = new LinkedHashMap<>();
    assignment.put("leadDepartmentId", leadDepartment);
    if (!coHandlers.isEmpty()) {
      assignment.put("coHandlerDepartmentIds", coHandlers);
    }
    SuggestionLifecycleIT.transition("staff1", item, "assignments", assignment)
        .body("state", equalTo("ASSIGNED"));
    return item;
  }

  /** The id of the department's task on the item, as that department reads it. */
  static String taskOf(String department, String item, String departmentId) {
    return Gateway.as(department)
        .get("/api/v1/suggestions/{id}/tasks", item)
        .then()
        .statusCode(200)
        .extract()
        .path("find { it.departmentId == '" + departmentId + "' }.id");
  }
}
