package org.trainingcrm.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.AuditState;

class AuditStateTest {

    @Test
    void writes_fields_in_order_as_flat_json_with_nulls_kept() {
        String json = new AuditState().with("name", "Ромашка").with("phone", null).withAll("roles", List.of("A", "B"))
                .toJson();

        assertThat(json).isEqualTo("{\"name\":\"Ромашка\",\"phone\":null,\"roles\":\"[A, B]\"}");
    }

    @Test
    void escapes_quotes_backslashes_and_control_characters() {
        String json = new AuditState().with("note", "say \"hi\"\\\n\tend\u0001").toJson();

        assertThat(json).isEqualTo("{\"note\":\"say \\\"hi\\\"\\\\\\n\\tend\\u0001\"}");
    }
}
