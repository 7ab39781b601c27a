/**
 * The manifest's FunctionFile. EARmark's ribbon button only shows the task pane (ShowTaskpane),
 * so there is nothing to register; office.js still needs the page to initialise.
 */
if (typeof Office !== 'undefined') void Office.onReady(() => undefined);
export {};
