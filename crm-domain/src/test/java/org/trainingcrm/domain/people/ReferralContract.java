package org.trainingcrm.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.AuditEntry;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.NotFound;
import org.trainingcrm.domain.kernel.RuleViolation;

/** C8: the referral graph, who brought whom, through the services on any store. */
public class ReferralContract extends CrmContract {

    private PersonId person(Actor by, String name) {
        return crm.people().registerStudent(by, StudentForm.named(name + " " + centre.tag)
                .bornOn(LocalDate.of(1990, 6, 15)));
    }

    private PersonId person(String name) {
        return person(centre.headOfficeManager, name);
    }

    private void brought(PersonId bringer, PersonId person) {
        clock.advance(Duration.ofMinutes(1));
        crm.referrals().record(centre.headOfficeManager, person, bringer);
    }

    @Test
    public void a_referrer_and_everyone_they_brought_are_one_call_away_with_counts() {
        PersonId anna = person("Анна Соколова");
        PersonId boris = person("Борис Соколов");
        PersonId fang = person("王芳");
        PersonId jose = person("José Martínez");
        PersonId zoe = person("Zoë Lefèvre");
        PersonId djordje = person("Đorđe Petrović");
        brought(anna, boris);
        brought(anna, fang);
        brought(boris, jose);
        brought(boris, zoe);
        brought(jose, djordje);
        String t = " " + centre.tag;

        assertThat(crm.referrals().referrerOf(centre.headOfficeManager, jose))
                .contains(new PersonRef(boris, "Борис Соколов" + t));
        assertThat(crm.referrals().referrerOf(centre.headOfficeManager, anna)).isEmpty();

        ReferralTree direct = crm.referrals().broughtBy(centre.headOfficeManager, anna);
        assertThat(direct.person()).isEqualTo(new PersonRef(anna, "Анна Соколова" + t));
        assertThat(direct.referrer()).isEmpty();
        assertThat(direct.broughtDirectly()).isEqualTo(2);
        assertThat(direct.broughtInTotal()).isEqualTo(5);
        assertThat(direct.referees()).extracting(Referee::fullName, Referee::depth, Referee::broughtDirectly,
                Referee::broughtInTotal).containsExactly(
                        tuple("Борис Соколов" + t, 1, 2, 3),
                        tuple("王芳" + t, 1, 0, 0));

        ReferralTree whole = crm.referrals().tree(centre.headOfficeManager, anna);
        assertThat(whole.referees()).extracting(Referee::fullName, Referee::referredBy, Referee::depth,
                Referee::broughtInTotal).containsExactly(
                        tuple("Борис Соколов" + t, anna, 1, 3),
                        tuple("José Martínez" + t, boris, 2, 1),
                        tuple("Đorđe Petrović" + t, jose, 3, 0),
                        tuple("Zoë Lefèvre" + t, boris, 2, 0),
                        tuple("王芳" + t, anna, 1, 0));
        assertThat(whole.referees().get(0).referredAt()).isBefore(whole.referees().get(4).referredAt());

        ReferralTree twoLevels = crm.referrals().tree(centre.headOfficeManager, anna, 2);
        assertThat(twoLevels.referees()).extracting(Referee::person).containsExactly(boris, jose, zoe, fang);
        assertThat(twoLevels.broughtInTotal()).isEqualTo(5);

        ReferralTree middle = crm.referrals().tree(centre.headOfficeManager, jose);
        assertThat(middle.referrer()).contains(new PersonRef(boris, "Борис Соколов" + t));
        assertThat(middle.referees()).extracting(Referee::person).containsExactly(djordje);
    }

    @Test
    public void a_person_has_one_referrer_at_most_which_can_be_changed_or_cleared_and_each_change_is_audited() {
        PersonId olena = person("Олена Коваль");
        PersonId taras = person("Тарас Коваль");
        PersonId ivan = person("Іван Бойко");
        clock.advance(Duration.ofMinutes(1));
        crm.referrals().record(centre.headOfficeManager, olena, taras);
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> crm.referrals().record(centre.headOfficeManager, olena, ivan))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.rule()).isEqualTo("referral.onlyOneReferrer"));
        crm.referrals().change(centre.headOfficeManager, olena, ivan);
        clock.advance(Duration.ofMinutes(1));
        assertThat(crm.referrals().referrerOf(centre.headOfficeManager, olena)).map(PersonRef::id).contains(ivan);
        assertThat(crm.referrals().broughtBy(centre.headOfficeManager, taras).broughtInTotal()).isZero();

        crm.referrals().clear(centre.headOfficeManager, olena);

        assertThat(crm.referrals().referrerOf(centre.headOfficeManager, olena)).isEmpty();
        assertThatThrownBy(() -> crm.referrals().clear(centre.headOfficeManager, olena)).isInstanceOf(NotFound.class);
        List<AuditEntry> trail = crm.audit().of(centre.administrator, "person", olena);
        assertThat(trail).extracting(AuditEntry::action).containsExactly("person.registerStudent",
                "person.recordReferrer", "person.changeReferrer", "person.clearReferrer");
        assertThat(trail.get(1).before()).isEqualTo("{\"referredBy\":null}");
        assertThat(trail.get(1).after()).isEqualTo("{\"referredBy\":\"" + taras + "\"}");
        assertThat(trail.get(2).before()).isEqualTo("{\"referredBy\":\"" + taras + "\"}");
        assertThat(trail.get(2).after()).isEqualTo("{\"referredBy\":\"" + ivan + "\"}");
        assertThat(trail.get(3).after()).isEqualTo("{\"referredBy\":null}");
        assertThat(trail.get(3).actor()).isEqualTo(centre.headOfficeManager.user());
    }

    @Test
    public void nobody_brings_themself() {
        PersonId li = person("李伟");

        assertThatThrownBy(() -> crm.referrals().record(centre.headOfficeManager, li, li))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("referral.self"));
        assertThat(crm.referrals().referrerOf(centre.headOfficeManager, li)).isEmpty();
    }

    @Test
    public void refuses_a_referrer_who_would_close_a_circle_directly_or_through_others() {
        PersonId a = person("Аня");
        PersonId b = person("Богдан");
        PersonId c = person("Chloé");
        crm.referrals().record(centre.headOfficeManager, a, b);
        crm.referrals().record(centre.headOfficeManager, b, c);

        String t = " " + centre.tag;
        assertThatThrownBy(() -> crm.referrals().record(centre.headOfficeManager, c, b))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("referral.cycle");
                    assertThat(e.getMessage()).contains("Chloé" + t + " → Богдан" + t + " → Chloé" + t);
                });
        assertThatThrownBy(() -> crm.referrals().record(centre.headOfficeManager, c, a))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.rule()).isEqualTo("referral.cycle");
                    assertThat(e.getMessage()).contains("Chloé" + t + " → Богдан" + t + " → Аня" + t + " → Chloé" + t);
                });
        assertThatThrownBy(() -> crm.referrals().change(centre.headOfficeManager, b, a))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.rule()).isEqualTo("referral.cycle"));

        assertThat(crm.referrals().referrerOf(centre.headOfficeManager, c)).isEmpty();
        assertThat(crm.referrals().referrerOf(centre.headOfficeManager, b)).map(PersonRef::id).contains(c);
        assertThat(crm.referrals().tree(centre.headOfficeManager, c).broughtInTotal()).isEqualTo(2);
    }

    @Test
    public void refuses_an_unknown_referrer_or_person_and_a_depth_below_one() {
        PersonId ana = person("Ana Ruiz");
        PersonId nobody = PersonId.newId();

        assertThatThrownBy(() -> crm.referrals().record(centre.headOfficeManager, ana, nobody))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("referral.referrer");
                    assertThat(e.value()).isEqualTo(nobody.toString());
                });
        assertThatThrownBy(() -> crm.referrals().record(centre.headOfficeManager, nobody, ana))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.id()).isEqualTo(nobody.toString()));
        assertThatThrownBy(() -> crm.referrals().tree(centre.headOfficeManager, ana, 0))
                .isInstanceOfSatisfying(InvalidValue.class, e -> {
                    assertThat(e.field()).isEqualTo("referral.maxDepth");
                    assertThat(e.value()).isEqualTo("0");
                });
    }

    @Test
    public void a_branch_manager_sees_the_part_of_the_tree_in_their_branch() {
        PersonId olena = person(centre.kyivManager, "Олена Шевчук");
        PersonId ihor = person(centre.kyivManager, "Ігор Шевчук");
        PersonId pablo = person(centre.madridManager, "Pablo Gómez");
        PersonId lucia = person(centre.madridManager, "Lucía Gómez");
        brought(olena, ihor);
        brought(olena, pablo);
        brought(pablo, lucia);

        ReferralTree fromKyiv = crm.referrals().tree(centre.kyivManager, olena);
        ReferralTree fromHeadOffice = crm.referrals().tree(centre.headOfficeManager, olena);

        assertThat(fromKyiv.referees()).extracting(Referee::person).containsExactly(ihor);
        assertThat(fromKyiv.broughtInTotal()).isEqualTo(1);
        assertThat(fromHeadOffice.referees()).extracting(Referee::person).containsExactly(ihor, pablo, lucia);
        assertThat(fromHeadOffice.broughtInTotal()).isEqualTo(3);
        assertThat(crm.referrals().referrerOf(centre.madridManager, pablo)).isEmpty();
        assertThatThrownBy(() -> crm.referrals().record(centre.kyivManager, ihor, pablo))
                .isInstanceOf(AccessDenied.class);
    }
}
