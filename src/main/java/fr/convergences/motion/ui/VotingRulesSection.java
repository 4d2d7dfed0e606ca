package fr.convergences.motion.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.convergences.base.StoredId;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.Confirmation;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;
import fr.convergences.motion.application.VotingRulesService;
import fr.convergences.motion.model.CouncilVotingRules;
import fr.convergences.territory.Council;
import fr.convergences.territory.council.CouncilAdminSection;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

/**
 * On the council's administration page, the voting rules of its règlement intérieur: how many proxies a member may hold,
 * and the secrecy threshold k. An empty field follows the platform's setting; a change is confirmed first, then journalled.
 */
@Singleton
public class VotingRulesSection implements CouncilAdminSection {

    private final VotingRulesService rules;

    public VotingRulesSection(VotingRulesService rules) {
        this.rules = rules;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Component section(Council council, Actor actor) {
        return new Form(rules, StoredId.of(council.id()), actor);
    }

    /** The form itself, one per page (a component belongs to one UI). */
    static final class Form extends Div {

        Form(VotingRulesService rules, long councilId, Actor actor) {
            setId("voting-rules");
            addClassName("narrow-form");
            VotingRulesService.Settings settings = rules.settings(councilId);
            StatusMessage status = new StatusMessage();
            status.setId("voting-rules-status");
            IntegerField proxies = field(
                    "motion.rules.proxies.field",
                    "voting-rules-proxies",
                    settings.own().proxiesPerHolder(),
                    getTranslation(
                            "motion.rules.proxies.help",
                            CouncilVotingRules.MIN_PROXIES,
                            CouncilVotingRules.MAX_PROXIES,
                            settings.platformProxiesPerHolder()));
            IntegerField smallGroup = field(
                    "motion.rules.smallGroup.field",
                    "voting-rules-small-group",
                    settings.own().smallGroup(),
                    getTranslation(
                            "motion.rules.smallGroup.help",
                            CouncilVotingRules.MIN_SMALL_GROUP,
                            CouncilVotingRules.MAX_SMALL_GROUP,
                            settings.platformSmallGroup()));
            Button save = new Button(getTranslation("motion.rules.voting.save"), click -> {
                Integer proxyValue = proxies.getValue();
                Integer smallGroupValue = smallGroup.getValue();
                // Refused at once, without a dialog to confirm what cannot be recorded; the service checks again.
                var refusal = CouncilVotingRules.problem(proxyValue, smallGroupValue);
                if (refusal.isPresent()) {
                    status.error(refusal.get().exception());
                    return;
                }
                int proxiesAfter = proxyValue != null ? proxyValue : settings.platformProxiesPerHolder();
                int smallGroupAfter = smallGroupValue != null ? smallGroupValue : settings.platformSmallGroup();
                Confirmation.ask(
                        getTranslation("motion.rules.voting.confirm.header"),
                        getTranslation("motion.rules.voting.confirm.text", proxiesAfter, smallGroupAfter),
                        getTranslation("motion.rules.voting.confirm.ok"),
                        getTranslation("motion.confirm.cancel"),
                        "voting-rules-confirm",
                        () -> {
                            try {
                                VotingRulesService.Settings saved =
                                        rules.change(actor, councilId, proxyValue, smallGroupValue);
                                String text = getTranslation(
                                        "motion.rules.voting.saved", saved.proxiesPerHolder(), saved.smallGroup());
                                status.success(text);
                                Confirmation.show(text);
                            } catch (UserFacingException refused) {
                                status.error(refused);
                            }
                        });
            });
            save.setId("voting-rules-save");
            add(
                    new H2(getTranslation("motion.rules.voting.heading")),
                    new Paragraph(getTranslation("motion.rules.voting.intro")),
                    status,
                    proxies,
                    smallGroup,
                    save);
        }

        /** No min or max on the field: a value outside the bounds reaches the form's check, which says why in words. */
        private IntegerField field(String labelKey, String id, @Nullable Integer value, String help) {
            IntegerField field = new IntegerField(getTranslation(labelKey));
            field.setId(id);
            field.setValue(value);
            field.setHelperText(help);
            return field;
        }
    }
}
