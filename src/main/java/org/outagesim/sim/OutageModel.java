package org.outagesim.sim;

import java.util.ArrayList;
import java.util.List;
import nl.tudelft.simulation.dsol.model.AbstractDsolModel;
import nl.tudelft.simulation.dsol.simulators.DevsSimulatorInterface;
import nl.tudelft.simulation.jstats.streams.StreamInterface;
import org.outagesim.model.TrafficProfile;
import org.outagesim.model.spec.ScenarioSpec;
import org.outagesim.model.spec.TenantSpec;
import org.outagesim.stats.ReplicationResult;
import org.outagesim.stats.TenantResult;

/**
 * One replication of a scenario as a DSOL model: the regions with their resolvers and faults, and
 * one {@link TenantProcess} per tenant. {@link #constructModel()} builds fresh state, so a model
 * object runs one replication; streams are named and seeded by {@link Streams}.
 */
final class OutageModel extends AbstractDsolModel<Double, DevsSimulatorInterface<Double>> {
  private static final long serialVersionUID = 1L;

  private final transient ScenarioSpec scenario;
  private final transient Streams streams;
  private final transient BatchSimulator batch;
  private final transient List<TenantProcess> processes = new ArrayList<>();
  private final transient List<TenantRecorder> recorders = new ArrayList<>();
  private transient RegionState regions;

  OutageModel(BatchSimulator simulator, ScenarioSpec scenario, int replication) {
    super(simulator);
    this.batch = simulator;
    this.scenario = scenario;
    this.streams = new Streams(scenario.seed(), replication);
    setStreamInformation(streams.registry());
  }

  @Override
  public void constructModel() {
    processes.clear();
    recorders.clear();
    FaultIndex faults = new FaultIndex(scenario);
    RegionState regions = new RegionState(scenario, faults);
    this.regions = regions;
    boolean[] violating = new boolean[scenario.dns().resolvers()];
    double[] extra = violatingResolvers(violating);
    List<TenantSpec> tenants = scenario.tenants();
    for (int i = 0; i < tenants.size(); i++) {
      TenantSpec t = tenants.get(i);
      TenantStreams ts = new TenantStreams(streams, t);
      TenantRecorder recorder =
          new TenantRecorder(t, scenario.durationS(), faults.firstStart(t, regionsOf(t)));
      TenantDeployment deployment =
          new TenantDeployment(t, regions, faults, batch, scenario.durationS(), ts, recorder);
      PublicResolution publicDns =
          new PublicResolution(
              t, scenario.dns(), faults, deployment.deployment(), violating, extra, ts);
      RequestPath path =
          new RequestPath(
              t, publicDns, deployment.servers().queues(), regions, ts, regions.names(i));
      TrafficProfile profile =
          new TrafficProfile(
              t.traffic().profile() == null ? null : scenario.profiles().get(t.traffic().profile()),
              scenario.startSecondOfDay());
      TenantProcess p =
          new TenantProcess(
              t,
              batch,
              scenario.durationS(),
              profile,
              path,
              ts,
              recorder,
              scenario.dns().resolvers());
      processes.add(p);
      recorders.add(recorder);
      deployment.start(path);
      startReplacement(t, path, deployment, ts);
      p.start();
    }
  }

  /**
   * Starts replacing the tenant's unhealthy instances in every region where it has servers, when it
   * replaces instances and its health checks have dependencies to see.
   */
  private void startReplacement(
      TenantSpec t, RequestPath path, TenantDeployment deployment, TenantStreams ts) {
    if (t.instanceReplacement() == null || t.internalDns().lookups() == 0) {
      return;
    }
    for (int r = 0; r < scenario.regions().size(); r++) {
      AppInstances app = path.instances(r);
      if (app == null) {
        continue;
      }
      int region = r;
      var stream = ts.replacement(r);
      InstanceReplacement replacement =
          new InstanceReplacement(
              batch,
              scenario.durationS(),
              t.instanceReplacement(),
              r,
              app,
              (g, i, now) -> path.instanceCheckFails(g, i, now, stream),
              count ->
                  deployment
                      .servers()
                      .inServiceShare(
                          region, batch.getSimulatorTime(), (double) count / app.size()));
      replacement.start(stream);
    }
  }

  /** The regions where the tenant runs. */
  private static List<String> regionsOf(TenantSpec t) {
    return t.deployment().secondary() == null
        ? List.of(t.deployment().primary())
        : List.of(t.deployment().primary(), t.deployment().secondary());
  }

  /** The results after the run. */
  ReplicationResult result(int replication) {
    List<TenantResult> tenants = new ArrayList<>();
    long events = 0;
    for (int i = 0; i < recorders.size(); i++) {
      tenants.add(recorders.get(i).result());
      events += processes.get(i).events();
    }
    return new ReplicationResult(replication, tenants, events, regions.results());
  }

  /**
   * Marks which recursive resolvers keep answers past their TTL (the same for every tenant) and
   * returns each one's extension, drawn once.
   */
  private double[] violatingResolvers(boolean[] violating) {
    StreamInterface s = streams.get("dns/ttl-violation");
    var extension = TenantStreams.distribution(s, scenario.dns().ttlViolation().extra());
    double[] extra = new double[violating.length];
    for (int i = 0; i < violating.length; i++) {
      violating[i] = s.nextDouble() < scenario.dns().ttlViolation().fraction();
      extra[i] = violating[i] ? extension.draw() : 0.0;
    }
    return extra;
  }
}
