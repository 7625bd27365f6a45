package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.suggestions.domain.CoSigner;
import cn.gov.jinshan.congress.suggestions.domain.DeputyCopy;
import cn.gov.jinshan.congress.suggestions.domain.HandlingTask;
import cn.gov.jinshan.congress.suggestions.domain.Suggestion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An item with what its readers need: deputies' names, co-signers, tasks, merged items. */
public record SuggestionView(
    Suggestion suggestion,
    Map<UUID, DeputyCopy> deputies,
    List<CoSigner> coSigners,
    List<HandlingTask> tasks,
    List<UUID> mergedItems,
    LocalDate today,
    DepartmentNames departments) {}
