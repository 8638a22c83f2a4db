/// <reference types="google-apps-script" />

/** The add-on menu, in order; each item names the global function it runs. */
export const MENU_ITEMS: readonly { caption: string; functionName: string }[] = [
  { caption: 'Set up roster', functionName: 'setUpRoster' },
  { caption: 'Set up career framework', functionName: 'setUpCareerFramework' },
  { caption: 'Set up career goals sheet', functionName: 'setUpCareerGoals' },
  { caption: 'Paste or upload career goals', functionName: 'importCareerGoals' },
  { caption: 'Generate or refresh plans', functionName: 'generatePlans' },
  { caption: 'Apply status updates', functionName: 'importStatusUpdates' },
  { caption: 'Show written plan', functionName: 'showWrittenPlan' },
  { caption: 'Export plan status', functionName: 'exportPlanStatus' },
  { caption: 'Help', functionName: 'showHelp' },
];

/** Builds the menu under Extensions. Uses only the Ui, which is all onOpen may touch in AuthMode.NONE. */
export function addMenu(ui: GoogleAppsScript.Base.Ui): void {
  const menu = ui.createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item.functionName === 'showHelp') menu.addSeparator();
    menu.addItem(item.caption, item.functionName);
  }
  menu.addToUi();
}
