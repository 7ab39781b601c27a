import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';

/** Shown when the page is opened outside Excel (or office.js never answered). */
export function NotInExcel() {
  return (
    <FluentProvider theme={webLightTheme} style={{ padding: 16 }}>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Open this in Excel</MessageBarTitle>
          EARmark is an Excel add-in. Open it from the Home tab of Excel (desktop or on the web) after sideloading
          manifest.xml.
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
