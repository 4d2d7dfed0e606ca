package fr.convergences.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A component that a feature adds to the top bar (the account menu, the notifications bell).
 * Features to the right of base contribute them as beans; the layout shows them in {@link #order()}.
 */
public interface NavbarItem {

    int order();

    Component create();
}
