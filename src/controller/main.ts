import '@fontsource/atkinson-hyperlegible/400.css';
import '@fontsource/atkinson-hyperlegible/700.css';
import './styles.css';
import { ControllerApp } from './controller-app';

/** The phones' controller, served at /play: join a screen's room and play from the phone. */
new ControllerApp(document.getElementById('app')!).start(location.search);
