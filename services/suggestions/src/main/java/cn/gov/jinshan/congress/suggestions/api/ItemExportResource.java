package cn.gov.jinshan.congress.suggestions.api;

import cn.gov.jinshan.congress.platform.security.Roles;
import cn.gov.jinshan.congress.platform.time.PlatformZone;
import cn.gov.jinshan.congress.suggestions.api.dto.DeputyRef;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import cn.gov.jinshan.congress.suggestions.query.ItemCursor;
import cn.gov.jinshan.congress.suggestions.query.SuggestionSearch;
import cn.gov.jinshan.congress.suggestions.service.SuggestionService;
import cn.gov.jinshan.congress.suggestions.service.SuggestionService.Listed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The items a caller may list, with the list's filters, as one CSV or XLSX file (建议办理台账). Read page
 * by page, each page in its own short transaction, and written as it is read: the export of a whole
 * year takes neither one long transaction nor the whole list in memory.
 */
@Path("/api/v1/suggestion-export.{format: csv|xlsx}")
@Tag(name = "Suggestions")
public class ItemExportResource {
  private static final List<String> HEADER =
      List.of("登记号", "类型", "标题", "领衔代表", "代表团", "类别", "状态", "主办单位", "提交日期", "办理期限", "重点督办", "督办领导");

  private final SuggestionService items;
  private final ZoneId zone;
  private final int pageSize;

  public ItemExportResource(
      SuggestionService items,
      PlatformZone zone,
      cn.gov.jinshan.congress.suggestions.config.SuggestionsConfig config) {
    this.items = items;
    this.zone = zone.id();
    this.pageSize = config.export().pageSize();
  }

  @GET
  @Produces({TableWriter.CSV_MEDIA_TYPE, TableWriter.XLSX_MEDIA_TYPE})
  @RolesAllowed({Roles.DEPUTY, Roles.DEPARTMENT, Roles.STAFF, Roles.ADMIN, Roles.AUDITOR})
  @Operation(
      summary = "Export items as CSV or XLSX",
      description =
          "format is csv or xlsx. The same items and filters as GET /suggestions (a deputy own"
              + " and co-signed items, a department those assigned to it, staff and auditors"
              + " their congress), in the list's order (sort, default -createdAt: newest first),"
              + " every page of them.")
  public Response export(@PathParam("format") String format, @BeanParam @Valid ItemFilter filter) {
    TableWriter.Format as = TableWriter.Format.valueOf(format.toUpperCase(Locale.ROOT));
    // scoped now, while the caller is known; the pages are read after the request returned
    SuggestionSearch scoped = items.scoped(filter.toSearch(filter.sort(), null));
    StreamingOutput body =
        out -> {
          TableWriter table = as.writer(out, "建议办理台账");
          table.header(HEADER);
          SuggestionSearch next = scoped;
          while (next != null) {
            Listed page = items.page(next, pageSize + 1);
            List<Suggestion> rows = page.rows().subList(0, Math.min(pageSize, page.rows().size()));
            for (Suggestion s : rows) {
              table.row(row(s, page));
            }
            Suggestion last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            next = page.rows().size() > pageSize ? scoped.after(ItemCursor.after(last)) : null;
          }
          table.finish();
        };
    return Response.ok(body, as.mediaType())
        .header(
            "Content-Disposition", "attachment; filename=\"suggestions." + as.extension() + "\"")
        .build();
  }

  private List<Object> row(Suggestion s, Listed page) {
    DeputyRef lead = DeputyRef.lead(s, page.deputies());
    return Arrays.asList(
        s.registrationNumber(),
        s.kind().label(),
        s.title(),
        lead.name(),
        lead.delegationName(),
        s.category().label(),
        s.state().label(),
        page.departments().of(s.congressId(), s.leadDepartmentId()),
        s.submittedAt() == null ? null : s.submittedAt().atZone(zone).toLocalDate(),
        s.dueOn(),
        s.keySupervised() ? "是" : "否",
        s.supervisingLeader());
  }
}
