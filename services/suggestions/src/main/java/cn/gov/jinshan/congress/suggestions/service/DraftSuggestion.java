package cn.gov.jinshan.congress.suggestions.service;

import cn.gov.jinshan.congress.suggestions.domain.Category;
import cn.gov.jinshan.congress.suggestions.domain.SuggestionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Creates or edits a draft. State, number, deadlines and departments are never set here. */
public record DraftSuggestion(
    @NotNull SuggestionKind kind,
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 20000) String content,
    @NotNull Category category) {}
