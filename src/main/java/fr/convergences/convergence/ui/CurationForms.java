package fr.convergences.convergence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import fr.convergences.base.UserFacingException;
import fr.convergences.convergence.ConvergenceService;
import fr.convergences.convergence.ConvergenceStatus;
import fr.convergences.convergence.ConvergenceStore;
import fr.convergences.convergence.DistinctVoices;
import fr.convergences.convergence.DuplicateService;
import fr.convergences.convergence.StoredConvergence;
import fr.convergences.identity.Actor;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A moderator's tools on one convergence: rename, confirm, dismiss, merge with another, split some members off. Each
 * action reports to the page what it did (and how to undo it), so that the page updates in place instead of reloading.
 */
class CurationForms extends Div {

    /** What an action did: the card to keep in view (null when it is gone), the message, and how to undo it (or null). */
    record Done(
            @Nullable Long focus, String message, @Nullable Runnable undo) {}

    /** The page's side: redraw the cards, keep the moderator at {@code focus}, say what happened. */
    interface Page {
        void curated(Done done);

        void refused(UserFacingException refusal);
    }

    private final DuplicateService duplicates;
    private final Actor actor;
    private final Page page;
    private final long convergenceId;

    CurationForms(
            ConvergenceService convergences,
            DuplicateService duplicates,
            Actor actor,
            ConvergenceService.ConvergenceView view,
            List<ConvergenceService.ConvergenceView> all,
            Page page) {
        this.duplicates = duplicates;
        this.actor = actor;
        this.page = page;
        this.convergenceId = view.convergence().storedId();
        addClassName("curation");
        StoredConvergence convergence = view.convergence();
        long id = convergence.storedId();
        TextField label = new TextField(getTranslation("convergence.rename.label"), convergence.label(), "");
        label.setMaxLength(StoredConvergence.LABEL_MAX_LENGTH);
        label.setId("convergence-label-" + id);
        Button rename = button(page, "convergence.rename", "convergence-rename-" + id, () -> {
            StoredConvergence renamed = convergences.rename(actor, id, label.getValue());
            return new Done(id, getTranslation("convergence.renamed", renamed.label()), null);
        });
        Div naming = new Div(label, rename);
        naming.addClassName("inline-form");
        add(naming);
        if (convergence.status() == ConvergenceStatus.PROPOSED) {
            add(button(page, "convergence.confirm", "convergence-confirm-" + id, () -> {
                convergences.confirm(actor, id);
                return new Done(id, getTranslation("convergence.confirmed", convergence.label()), null);
            }));
        }
        add(button(page, "convergence.dismiss", "convergence-dismiss-" + id, () -> {
            convergences.dismiss(actor, id);
            return new Done(null, getTranslation("convergence.dismissed.done", convergence.label()), () -> {
                convergences.undoDismiss(actor, id);
                page.curated(new Done(id, getTranslation("convergence.undone.dismiss", convergence.label()), null));
            });
        }));
        List<ConvergenceService.ConvergenceView> others = all.stream()
                .filter(other -> other.convergence().storedId() != id)
                .toList();
        if (!others.isEmpty()) {
            // A combo box, not a select: its items reach the browser only when it is opened, and as they are typed
            // for. A select draws every other convergence in every card (90,000 elements with 300 convergences).
            ComboBox<ConvergenceService.ConvergenceView> other =
                    new ComboBox<>(getTranslation("convergence.merge.with"));
            other.setItems(others);
            other.setItemLabelGenerator(item -> item.convergence().label());
            other.setId("convergence-merge-target-" + id);
            Button merge = button(page, "convergence.merge", "convergence-merge-" + id, () -> {
                if (other.getValue() == null) {
                    throw new UserFacingException("convergence.merge.invalid");
                }
                ConvergenceService.Merged merged = convergences.merge(
                        actor, id, other.getValue().convergence().storedId());
                return new Done(
                        merged.kept().storedId(),
                        getTranslation(
                                "convergence.merged",
                                merged.absorbed().label(),
                                merged.kept().label()),
                        () -> {
                            StoredConvergence restored = convergences.undoMerge(actor, merged);
                            page.curated(new Done(
                                    restored.storedId(),
                                    getTranslation("convergence.undone.merge", restored.label()),
                                    null));
                        });
            });
            Div merging = new Div(other, merge);
            merging.addClassName("inline-form");
            add(merging);
        }
        if (view.members().size() > 1) {
            // Drawn when opened: most cards are never split, and their member lists would double the page.
            Details splitting = new Details(getTranslation("convergence.split.title"));
            splitting.addOpenedChangeListener(opened -> {
                if (opened.isOpened() && splitting.getContent().findAny().isEmpty()) {
                    splitting.add(splitForm(convergences, actor, view, page));
                }
            });
            add(splitting);
        }
    }

    private Div splitForm(
            ConvergenceService convergences, Actor actor, ConvergenceService.ConvergenceView view, Page page) {
        long id = view.convergence().storedId();
        CheckboxGroup<ConvergenceStore.Member> moved = new CheckboxGroup<>(getTranslation("convergence.split.members"));
        moved.setItems(view.members());
        moved.setItemLabelGenerator(ConvergenceStore.Member::title);
        moved.setId("convergence-split-members-" + id);
        Button split = button(page, "convergence.split", "convergence-split-" + id, () -> {
            StoredConvergence created = convergences.split(
                    actor,
                    id,
                    moved.getValue().stream()
                            .map(ConvergenceStore.Member::contributionId)
                            .collect(Collectors.toSet()));
            return new Done(
                    created.storedId(),
                    getTranslation("convergence.splitDone", moved.getValue().size(), created.label()),
                    null);
        });
        return new Div(moved, split);
    }

    /**
     * For a probable duplicate: merge the two into one voice; for a merged pair: separate them again. Both say what
     * they did, and a merge can be undone from the message as the other curation actions.
     */
    Button duplicateAction(DistinctVoices.Duplicate pair, Map<Long, String> titles, boolean merged) {
        String first = titles.getOrDefault(pair.first(), "#" + pair.first());
        String second = titles.getOrDefault(pair.second(), "#" + pair.second());
        long focus = convergenceId;
        if (merged) {
            return button(page, "convergence.duplicate.unmerge", "duplicate-unmerge-" + pair.second(), () -> {
                duplicates.unmerge(actor, pair.second());
                return new Done(focus, getTranslation("convergence.duplicate.undone", first, second), null);
            });
        }
        return button(
                page, "convergence.duplicate.merge", "duplicate-merge-" + pair.first() + "-" + pair.second(), () -> {
                    long duplicate = duplicates.merge(actor, pair.first(), pair.second());
                    return new Done(focus, getTranslation("convergence.duplicate.done", first, second), () -> {
                        duplicates.unmerge(actor, duplicate);
                        page.curated(
                                new Done(focus, getTranslation("convergence.duplicate.undone", first, second), null));
                    });
                });
    }

    private static Button button(Page page, String key, String id, Supplier<Done> useCase) {
        Button button = new Button();
        button.setText(button.getTranslation(key));
        button.addClickListener(click -> {
            try {
                page.curated(useCase.get());
            } catch (UserFacingException refusal) {
                page.refused(refusal);
            }
        });
        button.setId(id);
        return button;
    }
}
