// All demo programmes, by kind. Slugs are unique across the four files.
import type { DemoProgramme } from "../types";
import { degreeProgrammes } from "./programmes-degree";
import { trainingProgrammes } from "./programmes-training";
import { overseasProgrammes } from "./programmes-overseas";
import { lectureProgrammes } from "./programmes-lecture";

export const programmes: DemoProgramme[] = [
  ...degreeProgrammes,
  ...trainingProgrammes,
  ...overseasProgrammes,
  ...lectureProgrammes,
];
