package org.trainingcrm.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void cuts_the_requested_page_and_counts_the_whole() {
        Page<Integer> page = Page.of(List.of(1, 2, 3, 4, 5, 6, 7), new PageRequest(2, 3));

        assertThat(page.items()).containsExactly(7);
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.totalPages()).isEqualTo(3);
    }

    @Test
    void a_page_past_the_end_is_empty() {
        assertThat(Page.of(List.of(1, 2), new PageRequest(5, 10)).items()).isEmpty();
    }

    @Test
    void refuses_a_negative_page_and_sizes_out_of_range() {
        assertThatThrownBy(() -> new PageRequest(-1, 10))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("page.number"));
        assertThatThrownBy(() -> new PageRequest(0, 0))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("page.size"));
        assertThatThrownBy(() -> new PageRequest(0, 1001)).isInstanceOf(InvalidValue.class);
    }
}
