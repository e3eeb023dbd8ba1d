"""The window, the fixed-timestep loop, the scene stack, and input turned into scene actions."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pygame

from quest import i18n, settings as settings_store
from quest.errors import QuestError
from quest.ui.assets import Images
from quest.ui.gamedata import GameData
from quest.ui.memory import return_freed_memory
from quest.ui.options import PlayOptions
from quest.ui.widgets import Ui

STEP = 1 / 60  # seconds of game time per update
MAX_FRAME = 0.25  # a longer frame (a dragged window) is clamped: no catching up for seconds
DEFAULT_SIZE = (1366, 768)
MIN_SIZE = (1024, 600)  # the smallest netbook screens of school computer rooms
FADE = 0.18  # seconds of the fade between scenes


class SceneStackError(QuestError):
    """The scene stack was asked for something impossible (popping the last scene)."""

    default_code = "scene-stack"


class App:
    """The game: a window, a stack of scenes, and the loop that drives them."""

    def __init__(self, data: GameData, size=DEFAULT_SIZE, fullscreen=False, headless=False,
                 recorder=None):
        return_freed_memory()
        self.data = data
        self.headless = headless
        self.recorder = recorder
        self.stack: list = []
        self.frame = 0
        self.time = 0.0  # game time in seconds: fixed steps, so replays are exact
        self.running = True
        self.show_focus = True
        self.fade = 0.0
        self.mouse_pos = (0, 0)  # the last pointer position seen, replayed like the rest
        # A frame is drawn only when something changed: input, an animation, a new layout.
        self.needs_redraw = True
        self._veil: pygame.Surface | None = None
        self._backdrop: pygame.Surface | None = None
        self._backdrop_key = None
        self.windowed_size = tuple(size)
        pygame.display.init()
        pygame.font.init()
        pygame.key.set_repeat(400, 40)
        self.fullscreen = fullscreen
        self.window = self._open_window(size, fullscreen)
        pygame.display.set_caption("MIL Quest")
        width, height = self.window.get_size()
        s = data.settings
        self.ui = Ui(width, height, s.text_scale, s.high_contrast)
        self.ui.images = Images()
        i18n.on_change(lambda _lang: self.relayout_all())
        if self.ui.text.fonts.problem:
            data.notes.append(self.ui.text.fonts.problem)

    def _open_window(self, size, fullscreen):
        flags = pygame.FULLSCREEN if fullscreen else pygame.RESIZABLE
        if fullscreen:
            return pygame.display.set_mode((0, 0), flags)
        return pygame.display.set_mode(size, flags)

    # -- the scene stack -------------------------------------------------------------------
    @property
    def top(self):
        """The scene receiving input."""
        return self.stack[-1]

    def push(self, scene, on_result=None) -> None:
        """Put a scene on top (a dialog or an overlay keeps the one beneath).

        `on_result` receives what the scene is dismissed with (see quest.ui.results); without
        it, the scene beneath gets the result in its on_result().
        """
        scene.result_to = on_result
        if self.stack and not scene.overlay:
            self.top.covered()  # hidden until the new scene closes: its caches may go
        if not scene.overlay:
            # The painted widgets are the last screen's: a new screen paints its own once,
            # and the memory they held (up to a window and a quarter) goes back at once.
            self.ui.widgets.clear()
        self.stack.append(scene)
        scene.enter()
        self._start_fade(scene)
        self.needs_redraw = True

    def pop(self, result=None) -> None:
        """Close the top scene and hand `result` to whoever opened it."""
        if len(self.stack) <= 1:
            raise SceneStackError("cannot close the last screen: there would be nothing to "
                                  "show (quit the game instead)")
        closed = self.stack.pop()
        closed.leave()
        callback = getattr(closed, "result_to", None)
        if callback is not None:
            callback(result)
        else:
            self.top.on_result(result)
        self.needs_redraw = True

    def switch(self, scene) -> None:
        """Replace the top scene."""
        if self.stack:
            self.stack.pop().leave()
        self.push(scene)

    def reset(self, scene) -> None:
        """Make `scene` the only scene (back to the menu)."""
        while self.stack:
            self.stack.pop().leave()
        self.push(scene)

    def _start_fade(self, scene) -> None:
        # The first screen appears at once: there is nothing to fade from.
        if not scene.overlay and not self.headless and self.frame > 0:
            self.fade = FADE

    # -- settings that change the look -----------------------------------------------------
    def relayout_all(self) -> None:
        """Lay every scene out again (new size, language, text size or theme)."""
        width, height = self.window.get_size()
        s = self.data.settings
        self.ui.configure(width, height, s.text_scale, s.high_contrast)
        self.ui.text.clear()
        self.ui.images.clear_scaled()
        for scene in self.stack:
            scene.relayout()
        self.needs_redraw = True

    def apply_settings(self) -> None:
        """Adopt changed settings now and remember them."""
        s = self.data.settings
        if s.fullscreen != self.fullscreen:
            self.set_fullscreen(s.fullscreen)
        if s.language and s.language != i18n.language():
            i18n.set_language(s.language)  # relayouts through the listener
        else:
            self.relayout_all()
        self.save_settings()

    def save_settings(self) -> None:
        """Write the settings file, noting a failure instead of stopping the game."""
        if self.data.save_settings:
            note = settings_store.save(self.data.data_dir, self.data.settings)
            if note:
                self.data.notes.append(note)
                sys.stderr.write(note + "\n")

    def set_fullscreen(self, on: bool) -> None:
        """Switch between a window and the full screen."""
        if not on and not self.fullscreen:
            return
        if on and not self.fullscreen:
            self.windowed_size = self.window.get_size()
        self.fullscreen = on
        self.data.settings.fullscreen = on
        self.window = self._open_window(self.windowed_size, on)
        self.relayout_all()

    def resize(self, width: int, height: int) -> None:
        """Follow a window resize (never below the smallest usable size)."""
        width, height = max(MIN_SIZE[0], width), max(MIN_SIZE[1], height)
        if (width, height) != self.window.get_size():
            self.window = pygame.display.set_mode((width, height), pygame.RESIZABLE)
        self.relayout_all()

    # -- the loop --------------------------------------------------------------------------
    def dispatch(self, event) -> None:
        """Route one input event: window events here, the rest to the top scene."""
        if self.recorder is not None:
            self.recorder.record(self.frame, event)
        self.needs_redraw = True
        if event.type == pygame.QUIT:
            self.running = False
            return
        if event.type == pygame.VIDEORESIZE and not self.fullscreen:
            self.resize(event.w, event.h)
            return
        if event.type == pygame.KEYDOWN:
            self.fade = 0.0  # any key skips the animation
            if event.key == pygame.K_F11:
                self.set_fullscreen(not self.fullscreen)
                self.save_settings()
                return
            self.show_focus = True
        if event.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
            self.mouse_pos = event.pos
        if event.type == pygame.MOUSEBUTTONDOWN:
            self.fade = 0.0
        if self.stack:
            self.top.handle(event)

    def update(self, dt: float) -> None:
        """Advance game time by one fixed step."""
        self.time += dt
        if self.fade > 0:
            self.fade = max(0.0, self.fade - dt)
            self.needs_redraw = True
        for scene in self.stack:
            if scene.update(dt):
                scene.version += 1
                self.needs_redraw = True

    def draw(self) -> bool:
        """Draw the top scene, and the ones beneath while the top is an overlay.

        Returns False when nothing changed since the last frame: the window keeps that frame.
        """
        if not self.needs_redraw:
            return False
        self.needs_redraw = False
        first = len(self.stack) - 1
        while first > 0 and self.stack[first].overlay:
            first -= 1
        top = len(self.stack) - 1
        if first < top:
            # The scenes under an overlay do not change while it is open: draw them once.
            self._draw_backdrop(self.stack[first:top], self.stack[top])
            self.stack[top].draw(self.window)
        else:
            self._backdrop = self._backdrop_key = None  # no overlay: free its 8 MB at 1080p
            for scene in self.stack[first:]:
                scene.draw(self.window)
        if self.fade > 0:
            if self._veil is None or self._veil.get_size() != self.window.get_size():
                self._veil = pygame.Surface(self.window.get_size())
            self._veil.fill(self.ui.palette.desk)
            self._veil.set_alpha(int(255 * self.fade / FADE))
            self.window.blit(self._veil, (0, 0))
        return True

    def _draw_backdrop(self, scenes, overlay) -> None:
        key = (tuple((id(s), s.version) for s in scenes), self.window.get_size(),
               id(self.ui.palette), overlay.dim_below)
        if self._backdrop is None or self._backdrop_key != key:
            if self._backdrop is None or self._backdrop.get_size() != self.window.get_size():
                self._backdrop = pygame.Surface(self.window.get_size())
            for scene in scenes:
                scene.draw_beneath(self._backdrop)
                scene.covered()  # it may let go of what it keeps for drawing itself
            if overlay.dim_below:
                # Darken in place (no second full-screen surface): multiply every pixel.
                keep = 255 - overlay.dim_below
                self._backdrop.fill((keep, keep, keep), special_flags=pygame.BLEND_MULT)
            self._backdrop_key = key
        self.window.blit(self._backdrop, (0, 0))

    def frame_step(self, events, dt: float) -> None:
        """One frame: input, fixed updates, drawing."""
        for event in events:
            self.dispatch(event)
            if not self.running:
                return
        self._accumulator = getattr(self, "_accumulator", 0.0) + min(dt, MAX_FRAME)
        while self._accumulator >= STEP:
            self.update(STEP)
            self._accumulator -= STEP
        self.drawn = self.draw()
        self.frame += 1

    def run(self, max_frames: int | None = None) -> int:
        """Play until the window is closed (or `max_frames` are drawn); returns the exit code."""
        clock = pygame.time.Clock()
        clock.tick()
        dt = 0.0  # the first frame is drawn at once; waiting for the frame rate comes after
        try:
            while self.running:
                self.frame_step(pygame.event.get(), dt)
                if self.running and self.drawn:
                    pygame.display.flip()
                if max_frames is not None and self.frame >= max_frames:
                    self.running = False
                else:
                    dt = clock.tick(60) / 1000
        except KeyboardInterrupt:
            pass
        finally:
            self.close()
        return 0

    def close(self) -> None:
        """Finish the recording, stop listening for language changes, close the window."""
        if self.recorder is not None:
            self.recorder.close()
            self.recorder = None
        i18n.on_change(None)
        self.data.lan.close()
        self.data.close_lab()
        self.data.results.close()
        pygame.quit()
        if getattr(self, "temporary", None) is not None:
            self.temporary.cleanup()
            self.temporary = None


def parse_size(text: str | None):
    """'1366x768' -> (1366, 768)."""
    if not text:
        return None
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise QuestError(f"expected a window size like 1366x768, found {text!r}") from None
    if width < MIN_SIZE[0] or height < MIN_SIZE[1] or width > 8192 or height > 8192:
        raise QuestError(f"expected a window size from {MIN_SIZE[0]}x{MIN_SIZE[1]} to "
                         f"8192x8192, found {text!r}")
    return width, height


def run(options: PlayOptions) -> int:
    """`mil-quest play`: open the window and play."""
    from quest.replay import Recorder
    from quest.ui.gamedata import load_game_data
    from quest.ui.start import first_scenes

    data = load_game_data(options)
    lang = i18n.choose_language(options.lang, data.settings.language)
    i18n.set_language(lang)
    size = parse_size(options.size) or DEFAULT_SIZE
    fullscreen = options.fullscreen or data.settings.fullscreen
    if options.fullscreen:
        data.settings.fullscreen = True
    recorder = None
    if options.record:
        recorder = Recorder(Path(options.record), size=size, lang=lang, settings=data.settings,
                            scenario=options.scenario,
                            scenarios=[str(p) for p in data.content.trainer_dirs],
                            start="menu" if options.lang else "title")
    os.environ.setdefault("SDL_VIDEO_CENTERED", "1")
    try:
        app = App(data, size=size, fullscreen=fullscreen, recorder=recorder)
    except pygame.error as exc:
        raise QuestError(f"cannot open the game window: {exc}") from None
    for scene in first_scenes(app, options, explicit_lang=bool(options.lang)):
        app.push(scene)
    return app.run(options.frames)
