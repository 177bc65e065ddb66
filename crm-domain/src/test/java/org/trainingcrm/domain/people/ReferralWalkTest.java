package org.trainingcrm.domain.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.UserId;

/** Laying a referral tree out: counts per subtree and a depth-first listing, without a store. */
class ReferralWalkTest {

    private final Map<PersonId, List<Referral>> children = new HashMap<>();
    private final Map<PersonId, String> names = new HashMap<>();
    private final UserId clerk = UserId.newId();
    private int minute;

    private PersonId person(String name) {
        PersonId id = PersonId.newId();
        names.put(id, name);
        return id;
    }

    private void brought(PersonId bringer, PersonId person) {
        Instant at = Instant.parse("2026-09-01T09:00:00Z").plusSeconds(60L * minute++);
        Referral r = new Referral(person, bringer, clerk, at);
        children.computeIfAbsent(bringer, k -> new ArrayList<>()).add(r);
    }

    @Test
    void a_person_who_brought_nobody_has_an_empty_tree() {
        PersonId alone = person("Одиночка");

        ReferralTree tree = ReferralWalk.layOut(new PersonRef(alone, "Одиночка"), Optional.empty(), children, names,
                Integer.MAX_VALUE);

        assertThat(tree.referees()).isEmpty();
        assertThat(tree.broughtDirectly()).isZero();
        assertThat(tree.broughtInTotal()).isZero();
    }

    @Test
    void counts_every_subtree_and_lists_each_person_before_those_they_brought_in_order_of_arrival() {
        PersonId root = person("Корень");
        PersonId late = person("Поздний");
        PersonId early = person("Ранний");
        PersonId grandchild = person("Внук");
        brought(root, early);
        brought(early, grandchild);
        brought(root, late);
        // recorded later yet listed first: the order is by arrival, not by insertion
        children.get(root).add(0, children.get(root).remove(1));

        ReferralTree tree = ReferralWalk.layOut(new PersonRef(root, "Корень"), Optional.empty(), children, names,
                Integer.MAX_VALUE);

        assertThat(tree.referees()).extracting(Referee::fullName).containsExactly("Ранний", "Внук", "Поздний");
        assertThat(tree.referees()).extracting(Referee::depth).containsExactly(1, 2, 1);
        assertThat(tree.referees()).extracting(Referee::broughtInTotal).containsExactly(1, 0, 0);
        assertThat(tree.broughtDirectly()).isEqualTo(2);
        assertThat(tree.broughtInTotal()).isEqualTo(3);
    }

    @Test
    void a_long_chain_is_laid_out_without_recursion() {
        PersonId root = person("0");
        PersonId at = root;
        for (int i = 1; i <= 20_000; i++) {
            PersonId next = person(String.valueOf(i));
            brought(at, next);
            at = next;
        }

        ReferralTree tree = ReferralWalk.layOut(new PersonRef(root, "0"), Optional.empty(), children, names, 3);

        assertThat(tree.broughtInTotal()).isEqualTo(20_000);
        assertThat(tree.referees()).extracting(Referee::depth).containsExactly(1, 2, 3);
        assertThat(tree.referees().get(0).broughtInTotal()).isEqualTo(19_999);
    }
}
