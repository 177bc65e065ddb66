package org.trainingcrm.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trainingcrm.domain.kernel.Actor;
import org.trainingcrm.domain.fixtures.CrmContract;
import org.trainingcrm.domain.fixtures.SortedNames;
import org.trainingcrm.domain.kernel.InvalidValue;
import org.trainingcrm.domain.kernel.Page;
import org.trainingcrm.domain.people.PersonForm;

/** C5: searching the client base by name, industry, position, phone and tax id, in any script. */
public class ClientSearchContract extends CrmContract {

    private IndustryId banks;
    private ClientId privat;
    private ClientId oschad;
    private ClientId ikea;
    private ClientId zhytomyr;

    @BeforeEach
    void fillKyivBranch() {
        banks = crm.industries().define(centre.administrator, "Банки " + centre.tag);
        Actor m = centre.kyivManager;
        privat = crm.clients().register(m, ClientForm.organisation("ПриватБанк").taxId("14360570")
                .phone("056 716 1131").industry(banks));
        oschad = crm.clients().register(m, ClientForm.organisation("Ощадбанк").industry(banks));
        ikea = crm.clients().register(m, ClientForm.organisation("Їжак і партнери").fax("+380 44 555 0101"));
        zhytomyr = crm.clients().register(m, ClientForm.organisation("Житомирська школа"));
        crm.clients().register(m, ClientForm.organisation("Ігротека"));
        crm.clients().register(m, ClientForm.organisation("Яблуко"));
        crm.clients().register(m, ClientForm.organisation("Ґанок"));
        crm.clients().addContact(m, zhytomyr, 1, PersonForm.named("Гнатюк Ніна"),
                new ContactForm("Головний бухгалтер", "+380 67 000 1122", null, null));
        crm.clients().addContact(m, oschad, 1, PersonForm.named("Мельник Петро"),
                new ContactForm("Бухгалтер", null, null, null));
    }

    private List<String> names(Page<ClientListing> page) {
        return page.items().stream().map(ClientListing::shortName).toList();
    }

    private Page<ClientListing> find(ClientQuery query) {
        return crm.search().find(centre.kyivManager, query);
    }

    @Test
    public void sorts_names_in_the_users_locale() {
        // Ukrainian order: Ґ after Г, Є after Е, І and Ї after И, Я last; code points disagree
        assertThat(names(find(ClientQuery.all()))).containsExactly(
                "Ґанок", "Житомирська школа", "Ігротека", "Їжак і партнери", "Ощадбанк", "ПриватБанк", "Яблуко");
    }

    @Test
    public void finds_names_by_prefix_ignoring_case() {
        assertThat(names(find(ClientQuery.all().nameStartsWith("ПРИВАТ")))).containsExactly("ПриватБанк");
        assertThat(names(find(ClientQuery.all().nameStartsWith("їж")))).containsExactly("Їжак і партнери");
    }

    @Test
    public void finds_names_that_contain_the_text_anywhere() {
        assertThat(names(find(ClientQuery.all().nameContains("БАНК")))).containsExactly("Ощадбанк", "ПриватБанк");
        assertThat(names(find(ClientQuery.all().nameContains("ька шк")))).containsExactly("Житомирська школа");
        assertThat(names(find(ClientQuery.all().nameContains("100%")))).isEmpty();
    }

    @Test
    public void finds_by_industry_and_by_contact_position() {
        assertThat(names(find(ClientQuery.all().inIndustry(banks)))).containsExactly("Ощадбанк", "ПриватБанк");
        assertThat(names(find(ClientQuery.all().withContactPosition("бухгалтер")))).containsExactly("Ощадбанк");
        assertThat(names(find(ClientQuery.all().withContactPosition("головний")))).containsExactly("Житомирська школа");
    }

    @Test
    public void finds_by_phone_typed_in_any_format() {
        assertThat(find(ClientQuery.all().withPhone("+380567161131")).items()).extracting(ClientListing::id)
                .containsExactly(privat);
        assertThat(find(ClientQuery.all().withPhone("(044) 555-01-01")).items()).extracting(ClientListing::id)
                .containsExactly(ikea);
        assertThat(find(ClientQuery.all().withPhone("067 000 11 22")).items()).extracting(ClientListing::id)
                .containsExactly(zhytomyr);
        assertThatThrownBy(() -> find(ClientQuery.all().withPhone("дзвоніть")))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.field()).isEqualTo("query.phone"));
    }

    @Test
    public void finds_by_tax_id() {
        assertThat(find(ClientQuery.all().withTaxId("1436 0570")).items()).extracting(ClientListing::id)
                .containsExactly(privat);
    }

    @Test
    public void combines_criteria() {
        assertThat(names(find(ClientQuery.all().inIndustry(banks).nameContains("приват")))).containsExactly("ПриватБанк");
    }

    @Test
    public void pages_through_the_sorted_result() {
        Page<ClientListing> second = find(ClientQuery.all().page(1, 3));
        assertThat(names(second)).containsExactly("Їжак і партнери", "Ощадбанк", "ПриватБанк");
        assertThat(second.total()).isEqualTo(7);
        assertThat(second.totalPages()).isEqualTo(3);
    }

    @Test
    public void finds_chinese_and_accented_names() {
        Actor m = centre.madridManager;
        crm.clients().register(m, ClientForm.organisation("北京科技有限公司"));
        crm.clients().register(m, ClientForm.organisation("Academia Núñez"));
        crm.clients().register(m, ClientForm.organisation("ÁLAMO Formación"));

        assertThat(names(crm.search().find(m, ClientQuery.all().nameContains("科技")))).containsExactly("北京科技有限公司");
        assertThat(names(crm.search().find(m, ClientQuery.all().nameContains("nunez")))).containsExactly("Academia Núñez");
        assertThat(names(crm.search().find(m, ClientQuery.all().nameStartsWith("alamo")))).containsExactly("ÁLAMO Formación");
        assertThat(names(crm.search().find(m, ClientQuery.all().nameContains("FORMACIÓN")))).containsExactly("ÁLAMO Formación");
    }

    @Test
    public void keeps_each_manager_to_the_clients_of_their_branch_and_shows_all_to_the_head_office() {
        crm.clients().register(centre.madridManager, ClientForm.organisation("Banco " + centre.tag));

        assertThat(names(crm.search().find(centre.madridManager, ClientQuery.all()))).containsExactly("Banco " + centre.tag);
        assertThat(names(find(ClientQuery.all().nameContains(centre.tag)))).isEmpty();
        assertThat(names(crm.search().find(centre.headOfficeManager, ClientQuery.all().nameContains(centre.tag))))
                .containsExactly("Banco " + centre.tag);
    }

    @Test
    public void sorts_and_pages_in_the_order_of_each_users_language() {
        for (String name : SortedNames.NAMES) {
            crm.clients().register(centre.madridManager, ClientForm.organisation(name + " " + centre.tag));
        }
        Function<String, String> tagged = name -> name + " " + centre.tag;
        ClientQuery ours = ClientQuery.all().nameContains(centre.tag);
        Actor head = centre.headOfficeManager;

        assertThat(names(crm.search().find(SortedNames.in(head, "ru"), ours)))
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.RUSSIAN, tagged));
        assertThat(names(crm.search().find(SortedNames.in(head, "uk-UA"), ours)))
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.UKRAINIAN, tagged));
        assertThat(names(crm.search().find(SortedNames.in(head, "es"), ours)))
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.SPANISH, tagged));
        assertThat(names(crm.search().find(SortedNames.in(head, "zh-CN"), ours)))
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.CHINESE, tagged));
        assertThat(names(crm.search().find(SortedNames.in(head, "en"), ours)))
                .containsExactlyElementsOf(SortedNames.tagged(SortedNames.ENGLISH, tagged));

        Page<ClientListing> second = crm.search().find(SortedNames.in(head, "es"), ours.page(1, 4));
        assertThat(names(second)).containsExactlyElementsOf(SortedNames.tagged(SortedNames.SPANISH.subList(4, 8), tagged));
        assertThat(second.number()).isEqualTo(1);
        assertThat(second.total()).isEqualTo(10);
        assertThat(second.totalPages()).isEqualTo(3);
        Page<ClientListing> last = crm.search().find(SortedNames.in(head, "zh"), ours.page(2, 4));
        assertThat(names(last)).containsExactlyElementsOf(SortedNames.tagged(SortedNames.CHINESE.subList(8, 10), tagged));
        assertThat(last.total()).isEqualTo(10);
        Page<ClientListing> beyond = crm.search().find(head, ours.page(7, 4));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(10);
    }

    @Test
    public void keeps_the_order_when_a_client_is_renamed() {
        ClientCard card = crm.clients().card(centre.kyivManager, oschad);
        crm.clients().revise(centre.kyivManager, oschad, card.version(), ClientForm.organisation("Ґудзик"));

        assertThat(names(find(ClientQuery.all()))).containsExactly(
                "Ґанок", "Ґудзик", "Житомирська школа", "Ігротека", "Їжак і партнери", "ПриватБанк", "Яблуко");
    }
}
