package org.trainingcrm.domain.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.client.ClientForm;
import org.trainingcrm.domain.client.ClientId;
import org.trainingcrm.domain.client.ContactForm;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.fixtures.SortedNames;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.kernel.UserId;

/** C7: paging through the people the centre knows by name, sorted in the user's language. */
public class PeopleSearchContract extends CrmContract {

    private Function<String, String> tagged;

    @BeforeEach
    void registerMadridStudents() {
        tagged = name -> centre.tag + " " + name;
        for (String name : SortedNames.NAMES) {
            crm.people().registerStudent(centre.madridManager, StudentForm.named(tagged.apply(name)).bornOn(LocalDate.of(1990, 5, 1)));
        }
    }

    private List<String> names(Actor actor, PeopleQuery query) {
        return crm.peopleSearch().find(actor, query).items().stream().map(PersonRef::fullName).toList();
    }

    @Test
    public void sorts_names_in_the_order_of_each_users_language() {
        PeopleQuery ours = PeopleQuery.all().nameStartsWith(centre.tag);
        Actor head = centre.headOfficeManager;

        assertThat(names(SortedNames.in(head, "ru"), ours))
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.RUSSIAN, tagged));
        assertThat(names(SortedNames.in(head, "uk"), ours))
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.UKRAINIAN, tagged));
        assertThat(names(SortedNames.in(head, "es"), ours))
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.SPANISH, tagged));
        assertThat(names(SortedNames.in(head, "zh"), ours))
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.CHINESE, tagged));
        assertThat(names(SortedNames.in(head, "en-GB"), ours))
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.ENGLISH, tagged));
    }

    @Test
    public void pages_through_the_sorted_names_with_their_count() {
        Page<PersonRef> second = crm.peopleSearch().find(centre.madridManager,
                PeopleQuery.all().nameStartsWith(centre.tag.toUpperCase()).page(1, 4));

        assertThat(second.items()).extracting(PersonRef::fullName)
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.SPANISH.subList(4, 8), tagged));
        assertThat(second.total()).isEqualTo(10);
        assertThat(second.totalPages()).isEqualTo(3);
    }

    @Test
    public void shows_the_people_of_the_users_branches_and_every_clients_contact() {
        ClientId client = crm.clients().register(centre.kyivManager, ClientForm.organisation("Клієнт " + centre.tag));
        crm.clients().addContact(centre.kyivManager, client, 1, PersonForm.named(centre.tag + " Ярема"),
                new ContactForm("Директор", null, null, null));

        Page<PersonRef> kyiv = crm.peopleSearch().find(centre.kyivManager, PeopleQuery.all().nameStartsWith(centre.tag));
        assertThat(kyiv.items()).extracting(PersonRef::fullName).containsExactly(centre.tag + " Ярема");
        assertThat(kyiv.total()).isEqualTo(1);
        assertThat(crm.peopleSearch().find(centre.madridManager, PeopleQuery.all().nameStartsWith(centre.tag)).total())
                .isEqualTo(11);
    }

    @Test
    public void needs_the_permission_to_read_people() {
        // a user the centre does not know has no role, whatever they claim
        Actor stranger = new Actor(UserId.newId(), Set.of(), centre.kyiv, Locale.ROOT);
        assertThatThrownBy(() -> crm.peopleSearch().find(stranger, PeopleQuery.all()))
                .isInstanceOf(AccessDenied.class);
    }
}
