"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Camera, CameraOff } from "lucide-react";
import { Button } from "@/components/ui/button";

// Reads QR codes from the phone's camera: frames from getUserMedia (the back camera where there is
// one), decoded by the browser's own BarcodeDetector where it has one for QR codes (Android's
// Chrome, Safari on newer iPhones) and otherwise by jsQR, loaded only then. Neither evaluates code,
// so both work under the pages' Content-Security-Policy; the camera itself is allowed on the
// check-in pages only (next.config.ts, Permissions-Policy). The camera is turned off when the
// person stops it, leaves the page or switches away from it.

type Decode = (video: HTMLVideoElement) => Promise<string | null>;
interface BarcodeDetectorLike { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> }
interface BarcodeDetectorClass { new (options: { formats: string[] }): BarcodeDetectorLike; getSupportedFormats(): Promise<string[]> }

/** Frames are looked at five times a second: quick enough at the door, light on a phone's battery. */
const INTERVAL_MS = 200;
/** jsQR's work grows with the pixels; a QR code held up to the camera is found at this width. */
const MAX_SIDE = 720;

async function makeDecoder(): Promise<{ name: "barcode-detector" | "jsqr"; decode: Decode }> {
  const Detector = (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
  if (Detector) {
    try {
      if ((await Detector.getSupportedFormats()).includes("qr_code")) {
        const detector = new Detector({ formats: ["qr_code"] });
        return { name: "barcode-detector", decode: async (video) => (await detector.detect(video))[0]?.rawValue ?? null };
      }
    } catch {
      // Present but unusable (no detection service on this device): jsQR below.
    }
  }
  const { default: jsQR } = await import("jsqr");
  const canvas = document.createElement("canvas");
  const context = canvas.getContext("2d", { willReadFrequently: true });
  return {
    name: "jsqr",
    decode: async (video) => {
      const scale = Math.min(1, MAX_SIDE / Math.max(video.videoWidth, video.videoHeight));
      const width = Math.round(video.videoWidth * scale);
      const height = Math.round(video.videoHeight * scale);
      if (!context || width === 0 || height === 0) return null;
      if (canvas.width !== width || canvas.height !== height) Object.assign(canvas, { width, height });
      context.drawImage(video, 0, 0, width, height);
      return jsQR(context.getImageData(0, 0, width, height).data, width, height, { inversionAttempts: "dontInvert" })?.data ?? null;
    },
  };
}

/** A button that turns the camera on, its preview while it looks for QR codes, and what went wrong if it cannot. */
export function CameraScanner({ onCode, paused }: { onCode: (text: string) => void; paused: boolean }) {
  const t = useTranslations("studio.attendance.scan");
  const video = useRef<HTMLVideoElement>(null);
  const stream = useRef<MediaStream | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const latest = useRef({ onCode, paused });
  const [status, setStatus] = useState<"off" | "starting" | "on">("off");
  const [decoder, setDecoder] = useState<string>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    latest.current = { onCode, paused };
  }, [onCode, paused]);

  const stop = useCallback(() => {
    window.clearTimeout(timer.current);
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    if (video.current) video.current.srcObject = null;
    setStatus("off");
  }, []);

  useEffect(() => {
    const away = () => {
      if (document.hidden) stop();
    };
    document.addEventListener("visibilitychange", away);
    return () => {
      document.removeEventListener("visibilitychange", away);
      stop();
    };
  }, [stop]);

  const start = async () => {
    setError(undefined);
    if (!navigator.mediaDevices?.getUserMedia) return setError(t("unsupported"));
    setStatus("starting");
    try {
      const media = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: "environment" } }, audio: false });
      stream.current = media;
      const element = video.current!;
      element.srcObject = media;
      await element.play();
      const { name, decode } = await makeDecoder();
      setDecoder(name);
      setStatus("on");
      const tick = async () => {
        if (stream.current !== media) return;
        if (element.readyState >= element.HAVE_CURRENT_DATA && !latest.current.paused) {
          const text = await decode(element).catch(() => null);
          if (text && stream.current === media) latest.current.onCode(text);
        }
        timer.current = window.setTimeout(tick, INTERVAL_MS);
      };
      void tick();
    } catch (failure) {
      stop();
      const name = (failure as { name?: string } | null)?.name;
      setError(name === "NotAllowedError" || name === "SecurityError" ? t("denied") : name === "NotFoundError" || name === "OverconstrainedError" ? t("missing") : t("failed"));
    }
  };

  return (
    <div className="space-y-3">
      {status === "off" ? (
        <Button type="button" onClick={start} className="min-h-14 w-full text-base">
          <Camera aria-hidden className="size-5" />
          {t("start")}
        </Button>
      ) : (
        <Button type="button" variant="secondary" onClick={stop} className="min-h-12 w-full">
          <CameraOff aria-hidden className="size-5" />
          {t("stop")}
        </Button>
      )}
      {error && <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{error}</p>}
      <div hidden={status === "off"} className="relative mx-auto aspect-square w-full max-w-sm overflow-hidden rounded-xl bg-slate-900">
        {/* A live picture with no sound: nothing to caption. */}
        <video ref={video} muted playsInline aria-label={t("preview")} data-decoder={decoder} className="size-full object-cover" />
        <div aria-hidden className="pointer-events-none absolute inset-[15%] rounded-lg border-4 border-white/80" />
        <p className="absolute inset-x-0 bottom-0 bg-slate-900/70 px-3 py-2 text-center text-sm text-white">{status === "starting" ? t("starting") : t("looking")}</p>
      </div>
    </div>
  );
}
