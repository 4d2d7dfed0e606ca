package fr.convergences.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;

/** The HTML shell around every page: theme and our own style sheet (served from {@code frontend/public}). */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/convergences.css")
@Meta(name = "description", content = "Convergences : démocratie en santé dans les territoires")
public class AppShell implements AppShellConfigurator {}
