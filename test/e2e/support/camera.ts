// A phone camera for browser tests: Chromium's fake camera playing a video made from the QR code a
// learner's page shows (attendance at the door).
import { existsSync } from "node:fs";
import { chromium, type Browser, type Page } from "@playwright/test";

/**
 * The learner's QR code as a camera would see it held up: the SVG on their page drawn on white in
 * a 640×480 frame, returned as the frame's luma (Y) plane.
 */
export async function qrFrame(page: Page): Promise<Buffer> {
  const base64 = await page.locator("[data-check-in-qr]").first().evaluate(async (svg) => {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute("width", "400");
    clone.setAttribute("height", "400");
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
    await image.decode();
    const canvas = Object.assign(document.createElement("canvas"), { width: 640, height: 480 });
    const context = canvas.getContext("2d")!;
    context.fillStyle = "#fff";
    context.fillRect(0, 0, 640, 480);
    context.drawImage(image, 120, 40, 400, 400);
    const { data } = context.getImageData(0, 0, 640, 480);
    let luma = "";
    for (let i = 0; i < data.length; i += 4) luma += String.fromCharCode(Math.round(0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!));
    return btoa(luma);
  });
  return Buffer.from(base64, "base64");
}

/** A YUV4MPEG2 video (what Chromium's fake camera plays, in a loop) of one grey-scale frame. */
export function y4m(luma: Buffer, width = 640, height = 480): Buffer {
  const chroma = Buffer.alloc((width * height) / 4, 128);
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma, chroma]);
  return Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), frame, frame]);
}

/** A browser whose camera shows `video` (and asks no permission), as the config's browser otherwise. */
export function cameraBrowser(video: string): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
  return chromium.launch({
    executablePath,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
      "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${video}`,
    ],
  });
}
