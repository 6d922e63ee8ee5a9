// Entry of the widget bundle: importing the compiled custom element defines
// <chronik-timeline> in the page that loads this file.
import './Element.svelte';
