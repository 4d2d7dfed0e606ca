package fr.convergences.convergence;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.UserFacingException;
import fr.convergences.base.ui.StatusMessage;
import fr.convergences.identity.Actor;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** A moderator's tools on one convergence: rename, confirm, dismiss, merge with another, split some members off. */
class CurationForms extends Div {

    private final StatusMessage status;

    CurationForms(ConvergenceService convergences, Actor actor, ConvergenceService.ConvergenceView view,
                  List<ConvergenceService.ConvergenceView> all, StatusMessage status) {
        this.status = status;
        addClassName("curation");
        long id = view.convergence().id();
        TextField label = new TextField(getTranslation("convergence.rename.label"), view.convergence().label(), "");
        label.setMaxLength(StoredConvergence.LABEL_MAX_LENGTH);
        label.setId("convergence-label-" + id);
        Button rename = button("convergence.rename", "convergence-rename-" + id, () -> convergences.rename(actor, id, label.getValue()));
        Div naming = new Div(label, rename);
        naming.addClassName("inline-form");
        add(naming);
        if (view.convergence().status() == ConvergenceStatus.PROPOSED) {
            add(button("convergence.confirm", "convergence-confirm-" + id, () -> convergences.confirm(actor, id)));
        }
        add(button("convergence.dismiss", "convergence-dismiss-" + id, () -> convergences.dismiss(actor, id)));
        List<ConvergenceService.ConvergenceView> others = all.stream().filter(other -> other.convergence().id() != id).toList();
        if (!others.isEmpty()) {
            Select<ConvergenceService.ConvergenceView> other = new Select<>();
            other.setLabel(getTranslation("convergence.merge.with"));
            other.setItems(others);
            other.setItemLabelGenerator(item -> item.convergence().label());
            other.setId("convergence-merge-target-" + id);
            Button merge = button("convergence.merge", "convergence-merge-" + id, () -> {
                if (other.getValue() == null) {
                    throw new UserFacingException("convergence.merge.invalid");
                }
                convergences.merge(actor, id, other.getValue().convergence().id());
            });
            Div merging = new Div(other, merge);
            merging.addClassName("inline-form");
            add(merging);
        }
        if (view.members().size() > 1) {
            CheckboxGroup<ConvergenceStore.Member> moved = new CheckboxGroup<>(getTranslation("convergence.split.members"));
            moved.setItems(view.members());
            moved.setItemLabelGenerator(ConvergenceStore.Member::title);
            moved.setId("convergence-split-members-" + id);
            Button split = button("convergence.split", "convergence-split-" + id, () -> convergences.split(actor, id,
                    moved.getValue().stream().map(ConvergenceStore.Member::contributionId).collect(Collectors.toSet())));
            add(new com.vaadin.flow.component.details.Details(getTranslation("convergence.split.title"), new Div(moved, split)));
        }
    }

    private Button button(String key, String id, Runnable useCase) {
        Button button = new Button(getTranslation(key), click -> {
            try {
                useCase.run();
                UI.getCurrent().getPage().reload();
            } catch (UserFacingException refusal) {
                status.error(refusal);
            }
        });
        button.setId(id);
        return button;
    }
}
