package org.trainingcrm.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trainingcrm.domain.client.ClientPermission.CLIENT_READ;
import static org.trainingcrm.domain.client.ClientPermission.CLIENT_WRITE;
import static org.trainingcrm.domain.client.ClientPermission.DICTIONARY_EDIT;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.Crm;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.kernel.AccessDenied;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.kernel.Permission;
import org.trainingcrm.domain.kernel.Role;
import org.trainingcrm.domain.people.PersonForm;
import org.trainingcrm.domain.people.PersonId;

/**
 * The permission comes first: a manager whose role lost the client permissions is refused for
 * every id, whether a client, contact or industry with it exists or not, and learns nothing.
 */
public class ClientAccessContract extends CrmContract {

    private static final ContactForm ROLE = new ContactForm("Бухгалтер", null, null, null);

    private Crm refusing;
    private Actor manager;
    private ClientId client;
    private PersonId contact;

    @BeforeEach
    void aClientWithAContactAndAManagerWithoutClientPermissions() {
        client = crm.clients().register(centre.kyivManager, ClientForm.organisation("Доступ " + centre.tag));
        contact = crm.clients().addContact(centre.kyivManager, client, 1, PersonForm.named("Кравець Ніна"), ROLE);
        refusing = Crm.on(store, Crm.defaultAccessPolicy(store)
                .revoking(Role.MANAGER, CLIENT_READ, CLIENT_WRITE, DICTIONARY_EDIT), clock);
        manager = centre.kyivManager;
    }

    @Test
    public void adding_a_known_person_as_contact_is_refused_before_the_person_or_client_is_looked_up() {
        PersonId unknown = PersonId.newId();

        refused(CLIENT_WRITE, id -> refusing.clients().addContact(manager, id, 2, unknown, ROLE));
        refused(CLIENT_WRITE, id -> refusing.clients().addContact(manager, id, 2, contact, ROLE));
        assertThat(crm.clients().card(manager, client).contacts()).hasSize(1);
    }

    @Test
    public void reading_and_changing_a_client_is_refused_for_any_id() {
        refused(CLIENT_READ, id -> refusing.clients().card(manager, id));
        refused(CLIENT_WRITE, id -> refusing.clients().revise(manager, id, 2, ClientForm.organisation("Ні")));
        refused(CLIENT_WRITE, id -> refusing.clients().moveToBranch(manager, id, 2, centre.kyiv));
        refused(CLIENT_WRITE, id -> refusing.clients().addContact(manager, id, 2, PersonForm.named("Ні"), ROLE));
        refused(CLIENT_WRITE, id -> refusing.clients().reviseContact(manager, id, 2, contact, ROLE));
        refused(CLIENT_WRITE, id -> refusing.clients().removeContact(manager, id, 2, contact));
        assertThat(crm.clients().card(manager, client).version()).isEqualTo(2);
    }

    @Test
    public void renaming_an_industry_is_refused_for_any_id() {
        IndustryId existing = crm.industries().define(centre.administrator, "Доступ " + centre.tag);

        for (IndustryId id : List.of(existing, IndustryId.newId())) {
            assertThatThrownBy(() -> refusing.industries().rename(manager, id, "Інше " + centre.tag))
                    .isInstanceOfSatisfying(AccessDenied.class,
                            e -> assertThat(e.permission()).isEqualTo(DICTIONARY_EDIT));
        }
    }

    /** The call is refused with the permission for the existing client and for an unknown id alike. */
    private void refused(Permission permission, Consumer<ClientId> call) {
        for (ClientId id : List.of(client, ClientId.newId())) {
            assertThatThrownBy(() -> call.accept(id)).isInstanceOfSatisfying(AccessDenied.class,
                    e -> assertThat(e.permission()).isEqualTo(permission));
        }
    }
}
