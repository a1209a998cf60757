// Training settings of the attribution tagger, shared by the training script and the cross-validation in eval:attribution.
export const TRAIN_DEFAULTS = { epochs: 6, bits: 19, seed: 17, folds: 5 } as const;
