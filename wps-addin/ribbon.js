/*
 * The ribbon's callbacks. WPS calls them by name from ribbon.xml, synchronously: they must return at
 * once (some WPS versions leave the ribbon broken after a callback that returns a promise), so they
 * only open or show the pane, whose page does the work. Plain ES5: this page loads before anything else.
 */
var TONGBAO_PANE_KEY = 'tongbao_taskpane_id';

function tongbaoApp() {
  return window.Application || (window.wps && window.wps.Application) || null;
}

/** The folder this page was served from, with a trailing slash: the pane lives beside it. */
function tongbaoBase() {
  var href = window.location.href.split('#')[0].split('?')[0];
  return href.substring(0, href.lastIndexOf('/') + 1);
}

function OnAddinLoad(ribbonUI) {
  var app = tongbaoApp();
  if (app && typeof app.ribbonUI !== 'object') app.ribbonUI = ribbonUI;
  return true;
}

/** Shows the pane, making it the first time; a pane closed by its own button is shown again. */
function tongbaoShowPane() {
  var app = tongbaoApp();
  if (!app) return false;
  var storage = app.PluginStorage;
  var id = storage ? storage.getItem(TONGBAO_PANE_KEY) : null;
  var pane = null;
  if (id) {
    try {
      pane = app.GetTaskPane(id);
    } catch (e) {
      pane = null;
    }
  }
  if (!pane) {
    pane = app.CreateTaskPane(tongbaoBase() + 'taskpane.html?wps=1', '通报表助手');
    if (storage) storage.setItem(TONGBAO_PANE_KEY, pane.ID);
    // Docked right where WPS allows it (msoCTPDockPositionRight).
    try {
      pane.DockPosition = 2;
    } catch (e) {
      /* older WPS builds place it themselves */
    }
  }
  pane.Visible = true;
  return true;
}

function OnAction(control) {
  if (control && control.Id === 'tongbaoOpenPane') tongbaoShowPane();
  return true;
}

function GetImage(_control) {
  return 'assets/icon-32.png';
}
