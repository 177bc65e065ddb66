package org.trainingcrm.domain.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void makes_version_7_uuids_that_are_unique_and_ordered_by_time() throws InterruptedException {
        UUID first = Ids.timeOrdered();
        Thread.sleep(2);
        UUID second = Ids.timeOrdered();

        assertThat(first.version()).isEqualTo(7);
        assertThat(first.variant()).isEqualTo(2);
        assertThat(first.toString()).isLessThan(second.toString());
        Set<UUID> many = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            many.add(Ids.timeOrdered());
        }
        assertThat(many).hasSize(10_000);
    }

    @Test
    void names_the_field_of_an_id_that_is_not_a_uuid() {
        assertThatThrownBy(() -> Ids.parse("clientId", "42"))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("clientId"));
    }
}
