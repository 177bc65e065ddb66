package org.trainingcrm.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trainingcrm.domain.kernel.InvalidValue;

class DocumentFormTest {

    private static CourseDocument validated(DocumentForm form) {
        return form.validate(CourseDocumentId.newId(), CourseId.newId(), Instant.EPOCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/pdf", "Application/PDF",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain; charset=utf-8"})
    void accepts_media_types_in_any_case_and_keeps_them_in_lower_case(String type) {
        assertThat(validated(DocumentForm.inline("a", type, new byte[] {1})).mediaType())
                .isEqualTo(type.toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "application/", "/pdf", "application pdf", "текст/plain"})
    void refuses_what_is_not_a_media_type(String type) {
        assertThatThrownBy(() -> validated(DocumentForm.inline("a", type, new byte[] {1})))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("document.mediaType"));
    }

    @Test
    void keeps_the_bytes_it_was_given_and_not_a_later_change_to_them() {
        byte[] bytes = {1, 2, 3};
        CourseDocument document = validated(DocumentForm.inline("Програма.pdf", "application/pdf", bytes));
        bytes[0] = 9;

        assertThat(document.content()).hasValueSatisfying(c -> assertThat(c).containsExactly(1, 2, 3));
        assertThat(document.size()).isEqualTo(3);
        assertThat(document.storageReference()).isEmpty();
    }

    @Test
    void a_stored_document_needs_a_reference_and_a_size_within_the_limit() {
        CourseDocument stored = validated(DocumentForm.stored("Відео", "video/mp4", "https://files/1.mp4", 1_000));

        assertThat(stored.content()).isEmpty();
        assertThat(stored.storageReference()).hasValue("https://files/1.mp4");
        assertThatThrownBy(() -> validated(DocumentForm.stored("Відео", "video/mp4", " ", 1_000)))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.field()).isEqualTo("document.storageReference"));
        assertThatThrownBy(() -> validated(DocumentForm.stored("Відео", "video/mp4", "s3://a", 0)))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("document.size"));
    }
}
